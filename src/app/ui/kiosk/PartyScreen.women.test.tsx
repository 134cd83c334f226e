// The women in "who is here": with a headscarf, without, or one of each, as the centre chose.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import type { WomanLook } from '../pictograms/womanLook';
import { WomanLookContext } from '../pictograms/womanLook';
import { PartyScreen } from './PartyScreen';

afterEach(cleanup);

function womenShown(look: WomanLook) {
  render(
    <I18nProvider initial="da">
      <WomanLookContext.Provider value={look}>
        <PartyScreen onChoose={vi.fn()} />
      </WomanLookContext.Provider>
    </I18nProvider>,
  );
  // The pictures are hidden from screen readers (the words name the buttons): read how they look.
  const lookOf = (name: string) =>
    screen.getByRole('button', { name }).querySelector('svg[data-look]')?.getAttribute('data-look');
  return { justMe: lookOf('Kun mig'), withMe: lookOf('Jeg er med') };
}

describe('PartyScreen’s women', () => {
  it('show one woman with a headscarf and one without where the centre shows both', () => {
    expect(womenShown('both')).toEqual({ justMe: 'headscarf', withMe: 'bareheaded' });
  });

  it('all wear a headscarf, or none does, where the centre chose one look', () => {
    expect(womenShown('headscarf')).toEqual({ justMe: 'headscarf', withMe: 'headscarf' });
    cleanup();
    expect(womenShown('bareheaded')).toEqual({ justMe: 'bareheaded', withMe: 'bareheaded' });
  });

  it('show the woman counted with the children as she looks on her button', () => {
    render(
      <I18nProvider initial="da">
        <WomanLookContext.Provider value="both">
          <PartyScreen onChoose={vi.fn()} />
        </WomanLookContext.Provider>
      </I18nProvider>,
    );
    const counted = screen.getByRole('status').querySelector('svg[data-look]');
    expect(counted).toHaveAttribute('data-look', 'bareheaded');
  });
});
