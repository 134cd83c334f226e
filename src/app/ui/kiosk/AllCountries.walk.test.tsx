// A walk through the real screens in every kiosk language: "another country" (counted, as the tap
// that opened them), a map, "next page" until her flag shows, her flag. Every country the kiosk
// offers is found within six taps. countryOrder.test.ts proves the same for smaller tablets.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_COUNTRY_CODES, REGION_IDS } from '../../../shared/regions';
import { I18nProvider } from '../../i18n/I18n';
import { LANGUAGES } from '../../i18n/languages/languages';
import { KIOSK_MESSAGES } from '../../i18n/messages';
import { AllCountries } from './AllCountries';

vi.mock('../../data/countryCounts', () => ({ countriesChosenBefore: () => Promise.resolve([]) }));

afterEach(cleanup);

const tiles = () => within(screen.getByRole('list')).getAllByRole('button');

describe('every country within six taps, walking the screens', () => {
  it.each(LANGUAGES.map((language) => language.code))('in %s', (lang) => {
    const t = KIOSK_MESSAGES[lang];
    const onChoose = vi.fn();
    render(
      <I18nProvider initial={lang}>
        <AllCountries onChoose={onChoose} onBack={vi.fn()} />
      </I18nProvider>,
    );
    const fewest = new Map<string, number>();
    for (const region of REGION_IDS) {
      // 1: "another country" on the first screen; 2: the map.
      fireEvent.click(screen.getByRole('button', { name: t[`region.${region}` as const] }));
      let taps = 2;
      const next = screen.getByRole('button', { name: t['nav.nextPage'] });
      for (;;) {
        for (const tile of tiles()) {
          const chosen = onChoose.mock.calls.length;
          fireEvent.click(tile);
          const code = String(onChoose.mock.calls[chosen]?.[0]);
          fewest.set(code, Math.min(fewest.get(code) ?? Infinity, taps + 1));
        }
        if (next.hasAttribute('disabled')) break;
        fireEvent.click(next);
        taps += 1;
      }
      fireEvent.click(screen.getByRole('button', { name: t['nav.back'] }));
    }
    expect([...fewest.keys()].sort()).toEqual([...KIOSK_COUNTRY_CODES]);
    expect([...fewest].filter(([, taps]) => taps > 6)).toEqual([]);
  });
});
