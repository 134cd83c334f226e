// Trends and the two-period comparison on the coordinator page, in a real Chromium against the
// real server: visits over this year and the last are posted, and the trends table, the
// comparison table and both CSV files are checked against counts made from the same server's visit
// log CSV. axe checks both views, and a screenshot of each is written for review to
// tests/artifacts/screenshots/coordinator-trends.png and coordinator-comparison.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/server';
import { DEFAULT_FEATURED_COUNTRIES } from '../../src/shared/countries';
import { localDate } from '../../src/shared/time';
import { axeViolations } from './axe';
import { launchBrowser, serveApp, TOKENS } from './harness';

const SCREENSHOTS_DIR = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const COUNTRIES = ['SY', 'IQ', 'UA', 'SO', 'SE', null] as const;
const MUNICIPALITIES = ['101', '147', '165', null] as const;
const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  [browser, server] = await Promise.all([launchBrowser(), serveApp()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const today = localDate(new Date());
const year = Number(today.slice(0, 4));
const thisMonth = Number(today.slice(5, 7));

/** 10:00 on a day in the centre's zone: summer time from April to October (never near a change). */
function stamp(y: number, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  const offset = month >= 4 && month <= 10 ? '+02:00' : '+01:00';
  return `${y}-${mm}-${String(day).padStart(2, '0')}T10:00:00${offset}`;
}

/** Visits in every month of last year and every begun month of this one, a few a month. */
function visitsToPost(): unknown[] {
  const visits: unknown[] = [];
  let n = 0;
  const add = (
    visitedAt: string,
    ageGroup: 'adult' | 'child',
    voided = false,
    country: string | null = COUNTRIES[n % COUNTRIES.length] ?? null,
  ) => {
    n += 1;
    visits.push({
      id: randomUUID(),
      visitedAt,
      country,
      municipality: MUNICIPALITIES[n % MUNICIPALITIES.length],
      ageGroup,
      partyId: randomUUID(),
      deviceId: 'door-1',
      voided,
    });
  };
  for (const y of [year - 1, year]) {
    for (let month = 1; month <= 12; month++) {
      if (y === year && month > thisMonth) break;
      // This month's visits on its first day, so none lies ahead of today.
      const day = y === year && month === thisMonth ? 1 : 10;
      const adults = ((month * 3 + y) % 5) + 1 + (y === year && month % 2 === 0 ? 1 : 0);
      const children = ((month * 7 + y) % 3) + (y === year - 1 && month % 3 === 0 ? 1 : 0);
      for (let i = 0; i < adults; i++) add(stamp(y, month, day), 'adult');
      for (let i = 0; i < children; i++) add(stamp(y, month, day), 'child');
    }
  }
  // Eritrea is new this year.
  add(stamp(year, 1, 10), 'adult', false, 'ER');
  // A voided visit counts nowhere.
  add(stamp(year - 1, 2, 10), 'adult', true);
  return visits;
}

async function api(path: string, init: RequestInit = {}, token = TOKENS.coordinator) {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  });
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status}.`);
  return response;
}

interface LogRow {
  date: string;
  country: string;
  country_name: string;
  age_group: string;
  voided: string;
  kind: string;
}

/** The server's visit log of both years as CSV, its visitors' visits that count. */
async function visitLog(): Promise<LogRow[]> {
  const response = await api(`/visits?from=${year - 1}-01-01&to=${year}-12-31&format=csv`);
  // Read as bytes: text() would drop the byte order mark the file begins with.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<LogRow>(text.slice(1), {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  });
  return parsed.data.filter((row) => row.kind === 'visitor' && row.voided !== 'true');
}

function count(rows: readonly LogRow[]) {
  const adults = rows.filter((row) => row.age_group === 'adult').length;
  const children = rows.filter((row) => row.age_group === 'child').length;
  return { visits: adults + children, adults, children };
}

function csvRows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1).trimEnd(), { delimiter: ';' }).data;
}

async function downloaded(page: Page, button: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

/** A row's cells as the screen shows them. */
async function cells(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
}

test('trends and two periods compared agree with the visit log, on screen and in the CSV', async () => {
  const posted = visitsToPost();
  const answer = await api(
    '/visits',
    { method: 'POST', body: JSON.stringify({ visits: posted }) },
    // Only the coordinator may load visits older than a tablet may send (as from a tablet's file).
    TOKENS.coordinator,
  );
  expect(((await answer.json()) as { rejected: unknown[] }).rejected).toEqual([]);
  const log = await visitLog();
  expect(log.length).toBe(posted.length - 1);
  const inMonth = (y: number, month: number) =>
    log.filter((row) => row.date.startsWith(`${y}-${String(month).padStart(2, '0')}-`));

  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'da-DK',
    bypassCSP: true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/coordinator`);
  await page.getByLabel('Koordinatorkode').fill(TOKENS.coordinator);
  await page.getByRole('button', { name: 'Åbn', exact: true }).click();

  // Trends: every begun month of both years as the log counts it, later months not begun.
  const trends = page.getByRole('region', { name: 'Udvikling måned for måned' });
  await trends.getByRole('button', { name: 'Vis udviklingen' }).click();
  const trendTable = trends.getByRole('table', { name: `Udvikling måned for måned ${year}` });
  await trendTable.waitFor();
  const trendCsv = csvRows(
    await downloaded(page, trends.getByRole('button', { name: 'Udviklingen som CSV' })),
  );
  expect(trendCsv[0]?.slice(1, 4)).toEqual([
    `Besøg ${year}`,
    `Voksne ${year}`,
    `Børn under 18 år ${year}`,
  ]);
  for (let month = 1; month <= 12; month++) {
    const before = count(inMonth(year - 1, month));
    const now = count(inMonth(year, month));
    const begun = month <= thisMonth;
    const line = trendCsv[month];
    expect(line?.[0]).toBe(MONTHS[month - 1]);
    expect(line?.slice(1, 7)).toEqual([
      ...(begun ? [now.visits, now.adults, now.children].map(String) : ['', '', '']),
      ...[before.visits, before.adults, before.children].map(String),
    ]);
    expect(line?.[7]).toBe(begun ? String(now.visits - before.visits) : '');
    expect(line?.[9]).toBe(
      month === thisMonth ? 'Måneden er ikke slut' : begun ? '' : 'Måneden er ikke begyndt',
    );
    const row = trendTable.getByRole('row', { name: new RegExp(`^${MONTHS[month - 1]}\\b`) });
    expect((await cells(row)).slice(0, 6)).toEqual([
      ...(begun ? [now.visits, now.adults, now.children].map(String) : ['–', '–', '–']),
      ...[before.visits, before.adults, before.children].map(String),
    ]);
  }
  const sameMonths = (y: number) =>
    log.filter((row) => row.date.startsWith(`${y}-`) && Number(row.date.slice(5, 7)) <= thisMonth);
  const total = trendCsv[13];
  expect(total?.slice(1, 7)).toEqual(
    [count(sameMonths(year)), count(sameMonths(year - 1))].flatMap((c) =>
      [c.visits, c.adults, c.children].map(String),
    ),
  );
  expect(
    await trends.getByRole('img', { name: `Besøg hver måned i ${year} og i ${year - 1}` }).count(),
  ).toBe(1);
  await trends.screenshot({ path: join(SCREENSHOTS_DIR, 'coordinator-trends.png') });

  // Comparison: last year beside this year, row by row as the log counts each country.
  const comparison = page.getByRole('region', { name: 'Sammenlign to perioder' });
  await comparison.getByRole('button', { name: 'Vis sammenligningen' }).click();
  const compareTable = comparison.getByRole('table', { name: 'Sammenligning: Oprindelsesland' });
  await compareTable.waitFor();
  const compareCsv = csvRows(
    await downloaded(page, comparison.getByRole('button', { name: 'Sammenligningen som CSV' })),
  );
  expect(compareCsv[0]).toEqual([
    'Oprindelsesland',
    `Voksne ${year - 1}-01-01–${year - 1}-12-31`,
    `Børn under 18 år ${year - 1}-01-01–${year - 1}-12-31`,
    `Voksne ${year}-01-01–${year}-12-31`,
    `Børn under 18 år ${year}-01-01–${year}-12-31`,
    'Ændring',
    'Ændring (%)',
  ]);
  const rowName = (row: LogRow) =>
    row.country === ''
      ? 'Ikke oplyst'
      : DEFAULT_FEATURED_COUNTRIES.includes(row.country)
        ? row.country_name
        : 'Andre lande';
  const ofYear = (y: number, name: string | null) =>
    count(
      log.filter((row) => row.date.startsWith(`${y}-`) && (name === null || rowName(row) === name)),
    );
  const lines = compareCsv.slice(1);
  expect(lines.map((line) => line[0])).toEqual(
    expect.arrayContaining(['Syrien', 'Andre lande', 'Ikke oplyst', 'Totalt antal brugere']),
  );
  expect(lines.find((line) => line[0] === 'Eritrea')?.[6]).toBe('ny');
  for (const line of lines) {
    const name = line[0] ?? '';
    const [a, b] = [year - 1, year].map((y) =>
      ofYear(y, name === 'Totalt antal brugere' ? null : name),
    );
    expect(line.slice(1, 6), name).toEqual(
      [a?.adults, a?.children, b?.adults, b?.children, (b?.visits ?? 0) - (a?.visits ?? 0)].map(
        String,
      ),
    );
    if (name === 'Totalt antal brugere') continue;
    const shown = await cells(compareTable.getByRole('row', { name: new RegExp(`^${name}\\b`) }));
    expect(shown.slice(0, 4), name).toEqual(line.slice(1, 5));
  }
  await comparison.screenshot({ path: join(SCREENSHOTS_DIR, 'coordinator-comparison.png') });

  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
