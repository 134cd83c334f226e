import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COUNTRY_CODES } from '../../../shared/countries';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { AllCountries } from './AllCountries';

function renderAll(lang: LanguageCode = 'da') {
  const onChoose = vi.fn();
  const onBack = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <AllCountries onChoose={onChoose} onBack={onBack} />
    </I18nProvider>,
  );
  return { onChoose, onBack, user: userEvent.setup() };
}

/** The country tiles on the page in view (not the back and page buttons). */
function countryTiles(): HTMLElement[] {
  return within(screen.getByRole('list')).getAllByRole('button');
}

function pageStatus(): HTMLElement {
  return screen.getByRole('status');
}

afterEach(cleanup);

describe('AllCountries', () => {
  it('starts on page 1 with countries sorted by their Danish names', () => {
    renderAll();
    expect(pageStatus()).toHaveTextContent(/^1 \/ \d+$/);
    const names = countryTiles().map((tile) => tile.textContent ?? '');
    expect(names[0]).toBe('Afghanistan');
    expect(names).toEqual([...names].sort(new Intl.Collator('da').compare));
  });

  it('pages forward and back with the large buttons', async () => {
    const { user } = renderAll();
    const previous = screen.getByRole('button', { name: 'Forrige side' });
    const next = screen.getByRole('button', { name: 'Næste side' });
    const firstPage = countryTiles().map((tile) => tile.textContent);
    expect(previous).toBeDisabled();

    await user.click(next);
    expect(pageStatus()).toHaveTextContent(/^2 \//);
    expect(pageStatus()).toHaveAccessibleName(/^Side 2 af \d+$/);
    expect(countryTiles().map((tile) => tile.textContent)).not.toEqual(firstPage);

    await user.click(previous);
    expect(pageStatus()).toHaveTextContent(/^1 \//);
    expect(countryTiles().map((tile) => tile.textContent)).toEqual(firstPage);
  });

  it('holds every country on some page, Denmark among them, and the last page ends the list', async () => {
    const { user, onChoose } = renderAll();
    const next = screen.getByRole('button', { name: 'Næste side' });
    const seen: string[] = [];
    for (;;) {
      seen.push(...countryTiles().map((tile) => tile.textContent ?? ''));
      if (next.hasAttribute('disabled')) break;
      await user.click(next);
    }
    expect(seen).toHaveLength(COUNTRY_CODES.length);
    expect(seen).toContain('Danmark');

    // Denmark is on the page before the last one or earlier: go back until it shows.
    const previous = screen.getByRole('button', { name: 'Forrige side' });
    while (!screen.queryByRole('button', { name: 'Danmark' })) await user.click(previous);
    await user.click(screen.getByRole('button', { name: 'Danmark' }));
    expect(onChoose).toHaveBeenCalledWith('DK');
  });

  it('turns the page with a swipe towards where lines start, without choosing a tile', () => {
    const { onChoose } = renderAll();
    const tile = countryTiles()[0];
    if (!tile) throw new Error('no tiles');
    fireEvent.pointerDown(tile, { clientX: 600, clientY: 300, pointerId: 1 });
    fireEvent.pointerUp(tile, { clientX: 400, clientY: 310, pointerId: 1 });
    fireEvent.click(tile);
    expect(pageStatus()).toHaveTextContent(/^2 \//);
    expect(onChoose).not.toHaveBeenCalled();

    const later = countryTiles()[0];
    if (!later) throw new Error('no tiles');
    fireEvent.pointerDown(later, { clientX: 400, clientY: 300, pointerId: 2 });
    fireEvent.pointerUp(later, { clientX: 600, clientY: 300, pointerId: 2 });
    expect(pageStatus()).toHaveTextContent(/^1 \//);
  });

  it('swipes the other way round in Arabic, with names sorted in Arabic', () => {
    renderAll('ar');
    const names = countryTiles().map((tile) => tile.textContent ?? '');
    expect(names).toEqual([...names].sort(new Intl.Collator('ar').compare));
    const tile = countryTiles()[0];
    if (!tile) throw new Error('no tiles');
    fireEvent.pointerDown(tile, { clientX: 400, clientY: 300, pointerId: 1 });
    fireEvent.pointerUp(tile, { clientX: 600, clientY: 300, pointerId: 1 });
    expect(pageStatus()).toHaveTextContent(/^(2|٢) \//);
  });

  it('goes back to the featured countries', async () => {
    const { onBack, user } = renderAll();
    await user.click(screen.getByRole('button', { name: 'Tilbage' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
