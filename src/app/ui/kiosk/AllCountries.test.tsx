import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages/languages';
import { AllCountries } from './AllCountries';

// What this tablet says was chosen before; the read itself is tested in data/countryCounts.test.ts.
const chosenBefore = vi.hoisted(() => ({ codes: [] as string[] }));
vi.mock('../../data/countryCounts', () => ({
  countriesChosenBefore: () => Promise.resolve(chosenBefore.codes),
}));

async function renderAll(lang: LanguageCode = 'da') {
  const onChoose = vi.fn();
  const onBack = vi.fn();
  render(
    <I18nProvider initial={lang}>
      <AllCountries onChoose={onChoose} onBack={onBack} />
    </I18nProvider>,
  );
  // The counts arrive while the maps show, before a woman can tap one.
  await act(() => Promise.resolve());
  return { onChoose, onBack, user: userEvent.setup() };
}

/** The tiles in view (not the back and page buttons). */
function tiles(): HTMLElement[] {
  return within(screen.getByRole('list')).getAllByRole('button');
}

const names = () => tiles().map((tile) => tile.textContent ?? '');

function pageStatus(): HTMLElement {
  return screen.getByRole('status');
}

beforeEach(() => {
  chosenBefore.codes = [];
});

afterEach(cleanup);

describe('AllCountries, the maps', () => {
  it('first shows nine parts of the world, each a map with its name', async () => {
    await renderAll();
    expect(screen.getByRole('heading', { name: 'Hvor kommer du fra?' })).toBeInTheDocument();
    expect(names()).toEqual([
      'Vest- og Centralafrika',
      'Øst- og Sydafrika',
      'Mellemøsten og Nordafrika',
      'Asien',
      'Nord- og Vesteuropa',
      'Øst- og Sydeuropa',
      'Nordamerika',
      'Sydamerika',
      'Oceanien',
    ]);
    for (const tile of tiles()) {
      const map = tile.querySelector('img');
      expect(map).toHaveAttribute('alt', '');
      expect(map?.getAttribute('src')).toMatch(/\.svg/);
    }
  });

  it('goes back to the featured countries from the maps', async () => {
    const { onBack, user } = await renderAll();
    await user.click(screen.getByRole('button', { name: 'Tilbage' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('names the parts of the world in Arabic, right to left', async () => {
    await renderAll('ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'غرب أفريقيا ووسط أفريقيا' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'الشرق الأوسط وشمال أفريقيا' })).toBeInTheDocument();
  });
});

describe('AllCountries, a region’s flags', () => {
  it('shows the region’s countries by their Danish names, and goes back to the maps', async () => {
    const { user, onBack } = await renderAll();
    await user.click(screen.getByRole('button', { name: 'Asien' }));
    expect(pageStatus()).toHaveTextContent(/^1 \/ \d$/);
    expect(names()[0]).toBe('Afghanistan');
    expect(names()).toEqual([...names()].sort(new Intl.Collator('da').compare));
    expect(screen.queryByRole('button', { name: 'Danmark' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tilbage' }));
    expect(screen.getByRole('button', { name: 'Nord- og Vesteuropa' })).toBeInTheDocument();
    expect(onBack).not.toHaveBeenCalled();
  });

  it('answers with the country code', async () => {
    const { user, onChoose } = await renderAll();
    await user.click(screen.getByRole('button', { name: 'Mellemøsten og Nordafrika' }));
    await user.click(screen.getByRole('button', { name: 'Irak' }));
    expect(onChoose).toHaveBeenCalledWith('IQ');
    // Syria sorts late in Danish: on the next page.
    await user.click(screen.getByRole('button', { name: 'Næste side' }));
    await user.click(screen.getByRole('button', { name: 'Syrien' }));
    expect(onChoose).toHaveBeenLastCalledWith('SY');
  });

  it('puts the countries chosen here before first, then the rest by name', async () => {
    chosenBefore.codes = ['ER', 'SY', 'SS'];
    const { user } = await renderAll();
    await user.click(screen.getByRole('button', { name: 'Øst- og Sydafrika' }));
    const [first, second, ...rest] = names();
    expect([first, second]).toEqual(['Eritrea', 'Sydsudan']);
    expect(rest).toEqual([...rest].sort(new Intl.Collator('da').compare));
    expect(rest).not.toContain('Eritrea');
  });

  it('pages forward and back with the large buttons', async () => {
    const { user } = await renderAll();
    await user.click(screen.getByRole('button', { name: 'Øst- og Sydafrika' }));
    const previous = screen.getByRole('button', { name: 'Forrige side' });
    const next = screen.getByRole('button', { name: 'Næste side' });
    const firstPage = names();
    expect(previous).toBeDisabled();

    await user.click(next);
    expect(pageStatus()).toHaveTextContent(/^2 \//);
    expect(pageStatus()).toHaveAccessibleName(/^Side 2 af \d$/);
    expect(names()).not.toEqual(firstPage);

    await user.click(previous);
    expect(pageStatus()).toHaveTextContent(/^1 \//);
    expect(names()).toEqual(firstPage);
  });

  it('turns the page with a swipe towards where lines start, without choosing a tile', async () => {
    const { user, onChoose } = await renderAll();
    await user.click(screen.getByRole('button', { name: 'Øst- og Sydeuropa' }));
    const tile = tiles()[0];
    if (!tile) throw new Error('no tiles');
    fireEvent.pointerDown(tile, { clientX: 600, clientY: 300, pointerId: 1 });
    fireEvent.pointerUp(tile, { clientX: 400, clientY: 310, pointerId: 1 });
    fireEvent.click(tile);
    expect(pageStatus()).toHaveTextContent(/^2 \//);
    expect(onChoose).not.toHaveBeenCalled();

    const later = tiles()[0];
    if (!later) throw new Error('no tiles');
    fireEvent.pointerDown(later, { clientX: 400, clientY: 300, pointerId: 2 });
    fireEvent.pointerUp(later, { clientX: 600, clientY: 300, pointerId: 2 });
    expect(pageStatus()).toHaveTextContent(/^1 \//);
  });

  it('swipes the other way round in Arabic, with names sorted in Arabic', async () => {
    const { user } = await renderAll('ar');
    await user.click(screen.getByRole('button', { name: 'شرق أوروبا وجنوب أوروبا' }));
    expect(names()).toEqual([...names()].sort(new Intl.Collator('ar').compare));
    const tile = tiles()[0];
    if (!tile) throw new Error('no tiles');
    fireEvent.pointerDown(tile, { clientX: 400, clientY: 300, pointerId: 1 });
    fireEvent.pointerUp(tile, { clientX: 600, clientY: 300, pointerId: 1 });
    expect(pageStatus()).toHaveTextContent(/^(2|٢) \//);
  });

  it('starts each region on its first page', async () => {
    const { user } = await renderAll();
    await user.click(screen.getByRole('button', { name: 'Nordamerika' }));
    await user.click(screen.getByRole('button', { name: 'Næste side' }));
    await user.click(screen.getByRole('button', { name: 'Tilbage' }));
    await user.click(screen.getByRole('button', { name: 'Oceanien' }));
    expect(pageStatus()).toHaveTextContent(/^1 \//);
  });
});
