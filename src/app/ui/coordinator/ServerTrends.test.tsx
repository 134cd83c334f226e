import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import type { LoggedVisit } from './reportStandIn';
import { captureCsvDownloads, cellsOf, serveReports, STAND_IN_TOKEN } from './reportStandIn';
import { ServerTrends } from './ServerTrends';

const visit = (date: string, ageGroup: 'adult' | 'child' = 'adult'): LoggedVisit => ({
  date,
  ageGroup,
  country: 'SY',
  municipality: '101',
});

// Two Januaries, a March under way and one a year before, and a July last year.
const LOG: LoggedVisit[] = [
  visit('2025-01-10'),
  visit('2025-01-10', 'child'),
  visit('2025-03-20'),
  visit('2025-07-01'),
  visit('2025-07-31'),
  visit('2026-01-05'),
  visit('2026-01-06'),
  visit('2026-01-31'),
  visit('2026-03-02'),
  visit('2026-03-02', 'child'),
];

function renderTrends(onUnauthorized = vi.fn(), token = STAND_IN_TOKEN) {
  render(
    <I18nProvider initial="da" staff>
      <ServerTrends
        connection={{ endpoint: 'https://velkommen.example', token }}
        lang="da"
        reloadKey={0}
        scope={{ centre: 'noerrebro' }}
        onUnauthorized={onUnauthorized}
        today="2026-03-15"
      />
    </I18nProvider>,
  );
  return onUnauthorized;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the trends on the coordinator page', () => {
  it('asks nothing until shown, then a report for each begun month of both years, in scope', async () => {
    const calls = serveReports(LOG);
    renderTrends();
    const region = screen.getByRole('region', { name: 'Udvikling måned for måned' });
    expect(calls).toHaveLength(0);
    await userEvent.click(within(region).getByRole('button', { name: 'Vis udviklingen' }));
    await within(region).findByRole('table', { name: 'Udvikling måned for måned 2026' });
    expect(calls).toHaveLength(12 + 3);
    expect(calls.every((url) => url.searchParams.get('centre') === 'noerrebro')).toBe(true);
    expect(calls.some((url) => url.searchParams.get('from') === '2026-04-01')).toBe(false);
  });

  it('sets each month beside the year before, says which month is not over and which not begun', async () => {
    serveReports(LOG);
    renderTrends();
    await userEvent.click(screen.getByRole('button', { name: 'Vis udviklingen' }));
    const table = await screen.findByRole('table', { name: 'Udvikling måned for måned 2026' });
    expect(within(table).getByRole('columnheader', { name: 'Besøg 2025' })).toBeInTheDocument();
    expect(cellsOf(within(table).getByRole('row', { name: /^januar/ }))).toEqual([
      '3',
      '3',
      '0',
      '2',
      '1',
      '1',
      '+1 (+50 %)',
    ]);
    expect(within(table).getByRole('row', { name: /^marts\s+\(ikke slut\)/ })).toBeInTheDocument();
    expect(cellsOf(within(table).getByRole('row', { name: /^april\s+\(ikke begyndt\)/ }))).toEqual([
      '–',
      '–',
      '–',
      '0',
      '0',
      '0',
      '–',
    ]);
    expect(cellsOf(within(table).getByRole('row', { name: /^juli/ }))).toEqual([
      '–',
      '–',
      '–',
      '2',
      '2',
      '0',
      '–',
    ]);
    expect(cellsOf(within(table).getByRole('row', { name: /^I alt, januar–marts/ }))).toEqual([
      '5',
      '4',
      '1',
      '3',
      '2',
      '1',
      '+2 (+67 %)',
    ]);
    expect(
      screen.getByRole('img', { name: 'Besøg hver måned i 2026 og i 2025' }),
    ).toBeInTheDocument();
  });

  it('saves the CSV with the same figures, and asks again for another year', async () => {
    const calls = serveReports(LOG);
    const saved = captureCsvDownloads();
    renderTrends();
    await userEvent.click(screen.getByRole('button', { name: 'Vis udviklingen' }));
    await screen.findByRole('table', { name: 'Udvikling måned for måned 2026' });
    await userEvent.click(screen.getByRole('button', { name: 'Udviklingen som CSV' }));
    expect(saved.map((file) => file.name)).toEqual(['velkommen-trends-2026.csv']);
    expect(screen.getByText('Filen velkommen-trends-2026.csv er klar.')).toBeInTheDocument();
    const text = await saved[0]?.text();
    expect(text?.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text?.slice(1).trimEnd() ?? '', { delimiter: ';' }).data;
    expect(rows[1]).toEqual(['januar', '3', '3', '0', '2', '1', '1', '1', '50', '']);
    expect(rows[7]).toEqual(['juli', '', '', '', '2', '2', '0', '', '', 'Måneden er ikke begyndt']);

    calls.length = 0;
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'År' }), '2025');
    const table = await screen.findByRole('table', { name: 'Udvikling måned for måned 2025' });
    expect(calls).toHaveLength(24);
    expect(cellsOf(within(table).getByRole('row', { name: /^januar/ }))).toEqual([
      '2',
      '1',
      '1',
      '0',
      '0',
      '0',
      '+2 (ny)',
    ]);
  });

  it('hands a token the server no longer takes back to the page', async () => {
    serveReports(LOG);
    const onUnauthorized = renderTrends(vi.fn(), 'an-old-token');
    await userEvent.click(screen.getByRole('button', { name: 'Vis udviklingen' }));
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledOnce());
    expect(screen.queryByRole('table')).toBeNull();
  });
});
