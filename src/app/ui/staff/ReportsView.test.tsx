import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckIn } from '../../data/checkins';
import { recordCheckIn, undoCheckIn } from '../../data/checkins';
import { db } from '../../data/db';
import { setDeviceId } from '../../data/device';
import { saveKioskSettings } from '../../data/settings';
import { I18nProvider } from '../../i18n/I18n';
import { UnsentVisitsFileSchema } from '../../../shared/api/unsentVisitsFile';
import { ReportsView } from './ReportsView';

function checkIn(at: string, changes: Partial<CheckIn> = {}): Promise<unknown> {
  return recordCheckIn({
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'TR',
    municipality: '165',
    adult: true,
    children: 0,
    at: new Date(at),
    ...changes,
  });
}

interface Saved {
  name: string;
  blob: Blob;
}

/** Every file the page offers to save: the Blob behind the object URL and the link's name. */
function captureDownloads(): Saved[] {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size + 1}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
  return saved;
}

async function lastText(saved: Saved[]): Promise<string> {
  await waitFor(() => expect(saved.length).toBeGreaterThan(0));
  const last = saved.at(-1);
  if (!last) throw new Error('nothing saved');
  // Bytes, not blob.text(), so the byte order mark is seen and kept.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await last.blob.arrayBuffer());
}

/** A table as a person reads it: one list of cell texts a row, headers included. */
function rowsOf(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .getAllByRole(/cell|columnheader|rowheader/)
        .map((cell) => cell.textContent),
    );
}

function renderView() {
  render(
    <I18nProvider initial="da">
      <ReportsView />
    </I18nProvider>,
  );
  return userEvent.setup();
}

beforeEach(async () => {
  // Only the clock's date is fixed: IndexedDB's own timers must keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T12:00:00+01:00'));
  await db.delete();
  await db.open();
  await setDeviceId('door-1');
  await saveKioskSettings({ featuredCountries: ['TR', 'SY'] });
  // This month: Turkey woman + 2 children, Syria woman, Iraq woman, a volunteer, a withdrawn party.
  await checkIn('2026-11-23T09:05:00+01:00', { children: 2 });
  await checkIn('2026-11-24T10:00:00+01:00', { country: 'SY', municipality: '101' });
  await checkIn('2026-11-24T11:00:00+01:00', { country: 'IQ', municipality: '101' });
  await checkIn('2026-11-24T08:30:00+01:00', {
    kind: 'volunteer',
    country: null,
    municipality: null,
  });
  const mistap = crypto.randomUUID();
  await checkIn('2026-11-25T09:00:00+01:00', { partyId: mistap, country: 'SY' });
  await undoCheckIn(mistap);
  // Last month: one Danish woman from København.
  await checkIn('2026-10-10T10:00:00+02:00', { country: 'DK', municipality: '101' });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ReportsView', () => {
  it('shows this month’s tables from the tablet, featured countries first and the rest as other', async () => {
    renderView();
    // The first render of the file also loads the page's code: more than the usual second.
    const countries = await screen.findByRole(
      'table',
      { name: 'Oprindelsesland' },
      { timeout: 5000 },
    );
    expect(rowsOf(countries)).toEqual([
      ['Oprindelsesland', 'Voksne', 'Børn under 18 år', 'I alt'],
      ['Tyrkiet', '1', '2', '3'],
      ['Syrien', '1', '0', '1'],
      ['Andre lande', '1', '0', '1'],
      ['Totalt antal brugere', '3', '2', '5'],
    ]);
    expect(screen.getByRole('table', { name: 'Hjemkommune' })).toHaveTextContent('Albertslund');
    expect(screen.getByRole('img', { name: 'Oprindelsesland' })).toBeInTheDocument();
    // Volunteers' days are counted apart from the visits.
    expect(screen.getByText('Frivilliges dage').nextElementSibling).toHaveTextContent('1');
  });

  it('changes the tables with a period preset', async () => {
    const user = renderView();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    await user.click(screen.getByRole('button', { name: 'Sidste måned' }));
    await waitFor(() =>
      expect(rowsOf(screen.getByRole('table', { name: 'Hjemkommune' }))).toEqual([
        ['Hjemkommune', 'Voksne', 'Børn under 18 år', 'I alt'],
        ['København', '1', '0', '1'],
        ['Totalt antal brugere', '1', '0', '1'],
      ]),
    );
    // The featured countries keep their rows, at zero; Denmark is among the others. The two tables
    // are read apart, so the second may show the new period a moment after the first.
    await waitFor(() =>
      expect(rowsOf(screen.getByRole('table', { name: 'Oprindelsesland' }))).toEqual([
        ['Oprindelsesland', 'Voksne', 'Børn under 18 år', 'I alt'],
        ['Tyrkiet', '0', '0', '0'],
        ['Syrien', '0', '0', '0'],
        ['Andre lande', '1', '0', '1'],
        ['Totalt antal brugere', '1', '0', '1'],
      ]),
    );
  });

  it('lists every country on its own when asked', async () => {
    const user = renderView();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    await user.click(screen.getByRole('radio', { name: 'Hvert land for sig' }));
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Oprindelsesland' })).toHaveTextContent('Irak'),
    );
    expect(screen.getByRole('table', { name: 'Oprindelsesland' })).not.toHaveTextContent(
      'Andre lande',
    );
  });

  it('saves the countries table as the ministry’s CSV, offline, from the tablet', async () => {
    const saved = captureDownloads();
    const user = renderView();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    await user.click(screen.getByRole('button', { name: 'Oprindelsesland som CSV' }));
    expect(await lastText(saved)).toBe(
      '\uFEFFOprindelsesland;Voksne;Børn under 18 år\r\n' +
        'Tyrkiet;1;2\r\n' +
        'Syrien;1;0\r\n' +
        'Andre lande;1;0\r\n' +
        'Totalt antal brugere;3;2\r\n',
    );
    expect(saved.at(-1)?.name).toBe('velkommen-report-countries-2026-11-01-2026-11-30.csv');
    expect(saved.at(-1)?.blob.type).toBe('text/csv;charset=utf-8');
    expect(
      screen.getByText(/velkommen-report-countries-2026-11-01-2026-11-30\.csv er klar/),
    ).toBeInTheDocument();
  });

  it('saves the visit log in English, with withdrawn visits when asked, and the report as JSON', async () => {
    const saved = captureDownloads();
    const user = renderView();
    await screen.findByRole('table', { name: 'Oprindelsesland' });
    await user.click(screen.getByRole('radio', { name: 'Engelsk' }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Tag fortrudte besøg med i besøgsloggen' }),
    );
    await user.click(screen.getByRole('button', { name: 'Besøgslog som CSV' }));
    const lines = (await lastText(saved)).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFId;Date;Time;Country code;Country of origin;Municipality code;Home municipality;Age group;Party;Tablet;Voided;Kind',
    );
    expect(lines).toHaveLength(1 + 7 + 1); // header, 7 visits (1 withdrawn), the final line end
    expect(lines.filter((line) => line.includes(';Syria;'))).toHaveLength(2);
    expect(lines.filter((line) => line.endsWith(';true;visitor'))).toHaveLength(1);
    expect(saved.at(-1)?.name).toBe('velkommen-visits-2026-11-01-2026-11-30-en.csv');

    await user.click(screen.getByRole('button', { name: 'Hjemkommune som JSON' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const report: unknown = JSON.parse(await lastText(saved));
    expect(report).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-30',
      table: 'municipalities',
      rows: [
        { key: '165', name: 'Albertslund', adults: 1, children: 2 },
        { key: '101', name: 'København', adults: 2, children: 0 },
      ],
      totals: { adults: 3, children: 2, visits: 5, volunteers: 1 },
    });
  });

  it('saves the unsent visits file: every visit the server has not confirmed', async () => {
    const saved = captureDownloads();
    const user = renderView();
    expect(
      await screen.findByText('Besøg, som serveren ikke har modtaget endnu: 8'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gem sikkerhedskopi' }));
    const file = UnsentVisitsFileSchema.parse(JSON.parse(await lastText(saved)));
    expect(file).toMatchObject({ format: 'velkommen-backup', version: 1, deviceId: 'door-1' });
    expect(file.visits).toHaveLength(8);
    expect(saved.at(-1)?.name).toBe('velkommen-backup-door-1-2026-11-25T1100Z.json');
    expect(
      await screen.findByText(/velkommen-backup-door-1-2026-11-25T1100Z\.json er klar \(8 besøg\)/),
    ).toBeInTheDocument();
  });

  it('shows the week’s shape of this tablet’s visits as a table of weekdays and hours', async () => {
    renderView();
    const table = await screen.findByRole('table', {
      name: 'Ugens rytme: besøg pr. ugedag og time',
    });
    const rows = rowsOf(table);
    // From the opening hour 9 (the volunteer's 08:30 is not a visit) to 16 at least.
    expect(rows[0]?.slice(0, 3)).toEqual(['Ugedag', '09', '10']);
    expect(rows[0]?.at(-1)).toBe('16');
    // Monday 09:05, a woman and two children; Tuesday 10:00 and 11:00; the volunteer and the
    // withdrawn party are not counted.
    const hours = rows[0] ?? [];
    const cell = (day: number, hour: string) => rows[day]?.[hours.indexOf(hour)];
    expect(rows[1]?.[0]).toBe('mandag');
    expect(cell(1, '09')).toBe('3');
    expect(cell(2, '10')).toBe('1');
    expect(cell(2, '11')).toBe('1');
    expect(cell(3, '09')).toBe('0');
    expect(screen.getByText(/5 besøg i perioden, højst 3 besøg i samme time/)).toBeInTheDocument();
    // The busiest hour has the darkest tint; the number is always written too.
    expect(within(table).getByRole('cell', { name: '3' })).toHaveClass('heat-4');
  });
});
