import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import type { LoggedVisit } from './reportStandIn';
import { captureCsvDownloads, cellsOf, serveReports, STAND_IN_TOKEN } from './reportStandIn';
import { ServerComparison } from './ServerComparison';

const visit = (
  date: string,
  country: string | null,
  ageGroup: 'adult' | 'child' = 'adult',
): LoggedVisit => ({ date, ageGroup, country, municipality: country === 'UA' ? '147' : '101' });

// Last year Syria and Iraq; this year more from Syria, Ukraine for the first time, no Iraq.
const LOG: LoggedVisit[] = [
  visit('2025-02-03', 'SY'),
  visit('2025-02-03', 'SY', 'child'),
  visit('2025-05-12', 'IQ'),
  visit('2026-01-08', 'SY'),
  visit('2026-01-08', 'SY', 'child'),
  visit('2026-03-09', 'SY'),
  visit('2026-11-02', 'UA'),
  visit('2026-11-02', 'UA', 'child'),
];

function renderComparison(lang: 'da' | 'en' = 'da') {
  render(
    <I18nProvider initial={lang} staff>
      <ServerComparison
        connection={{ endpoint: 'https://velkommen.example', token: STAND_IN_TOKEN }}
        lang={lang}
        countries={null}
        reloadKey={0}
        scope={{ centre: 'noerrebro' }}
        onUnauthorized={vi.fn()}
        today="2026-11-25"
      />
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('two periods compared on the coordinator page', () => {
  it('sets last year beside this year, row by row, with the change and "new"', async () => {
    const calls = serveReports(LOG);
    renderComparison();
    expect(calls).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Vis sammenligningen' }));
    const table = await screen.findByRole('table', { name: 'Sammenligning: Oprindelsesland' });
    expect(calls.map((url) => url.searchParams.get('from'))).toEqual(['2025-01-01', '2026-01-01']);
    expect(calls.every((url) => url.searchParams.get('centre') === 'noerrebro')).toBe(true);
    expect(
      within(table).getByRole('columnheader', { name: '1. januar–31. december 2025' }),
    ).toBeInTheDocument();
    expect(cellsOf(within(table).getByRole('row', { name: /^Syrien/ }))).toEqual([
      '1',
      '1',
      '2',
      '1',
      '+1',
      '+50 %',
    ]);
    expect(cellsOf(within(table).getByRole('row', { name: /^Ukraine/ }))).toEqual([
      '0',
      '0',
      '1',
      '1',
      '+2',
      'ny',
    ]);
    expect(cellsOf(within(table).getByRole('row', { name: /^Irak/ }))).toEqual([
      '1',
      '0',
      '0',
      '0',
      '-1',
      '-100 %',
    ]);
    expect(cellsOf(within(table).getByRole('row', { name: /^Totalt antal brugere/ }))).toEqual([
      '2',
      '1',
      '3',
      '2',
      '+2',
      '+67 %',
    ]);
  });

  it('takes each period from its own picker and the table chosen', async () => {
    const calls = serveReports(LOG);
    renderComparison();
    await userEvent.click(screen.getByRole('button', { name: 'Vis sammenligningen' }));
    await screen.findByRole('table', { name: 'Sammenligning: Oprindelsesland' });
    const second = screen.getByRole('group', { name: 'Anden periode' });
    await userEvent.click(within(second).getByRole('button', { name: 'Denne måned' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Hjemkommune' }));
    const table = await screen.findByRole('table', { name: 'Sammenligning: Hjemkommune' });
    const last = calls.at(-1);
    expect(last?.searchParams.get('from')).toBe('2026-11-01');
    expect(last?.searchParams.get('table')).toBe('municipalities');
    expect(cellsOf(within(table).getByRole('row', { name: /^København/ }))).toEqual([
      '2',
      '1',
      '0',
      '0',
      '-3',
      '-100 %',
    ]);
  });

  it('saves the comparison as CSV with the figures of the table', async () => {
    serveReports(LOG);
    const saved = captureCsvDownloads();
    renderComparison('en');
    await userEvent.click(screen.getByRole('button', { name: 'Show the comparison' }));
    await screen.findByRole('table', { name: 'Comparison: Country of origin' });
    await userEvent.click(screen.getByRole('button', { name: 'The comparison as CSV' }));
    expect(saved.map((file) => file.name)).toEqual([
      'velkommen-comparison-countries-2025-01-01-2025-12-31-2026-01-01-2026-12-31-en.csv',
    ]);
    const text = (await saved[0]?.text()) ?? '';
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { delimiter: ';' }).data;
    expect(rows[0]?.[0]).toBe('Country of origin');
    expect(rows.find((row) => row[0] === 'Ukraine')).toEqual([
      'Ukraine',
      '0',
      '0',
      '1',
      '1',
      '2',
      'new',
    ]);
    expect(rows.at(-1)).toEqual(['Total users', '2', '1', '3', '2', '2', '67']);
  });
});
