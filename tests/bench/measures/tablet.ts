// The tablet's own work in Chromium, on IndexedDB on disk, through the bench page (the kiosk's
// data modules, bundled): tap to durable, the staff view's figures of today and the CSV export,
// first with a year of visits on the tablet, then with ten.
//
// Tap to durable runs from the click event's time stamp on a button whose handler does what the
// kiosk's confirm does (one check-in, written on the check-in worker) until that transaction has
// committed with strict durability (Dexie resolves on the transaction's complete event, which
// with strict durability fires only once the write is flushed), as the worker saw it. The click is
// real input through Chromium (CDP), not element.click(): real input also makes the page render a
// frame, as a tap on the kiosk does, and the page hears of the commit only after that frame; the
// note says when. A touch tap is not used
// because headless Chromium holds touch input for its next (virtual) frame, some 14 ms here,
// which says more about headless than about the tablet. The kiosk's own confirm button is not
// used either: reaching it takes four screens per check-in, and the thank-you screen that follows
// the commit is not part of "durable".
import type { Page } from 'playwright-core';
import { TOKENS } from '../../e2e/harness';
import { startServer } from '../../../src/server/server';
import { callPage, launchTablet } from '../lib/browser';
import type { ClickOutcome } from '../lib/pageApi';
import { ratioRow, type Measure, type MeasureContext, type Row } from '../lib/measure';
import { openDays } from '../lib/visits';
import { median, percentile, round, spread } from '../lib/stats';

const DEVICE = 'tablet-door';
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const EARLIER_YEARS = { from: '2016-01-01', to: '2024-12-31' };
const WARM_UP = 5;

async function openBenchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => Reflect.get(globalThis, 'velkommenBenchReady') === true);
}

async function clickArmed(page: Page): Promise<ClickOutcome> {
  await page.click('#go');
  return callPage(page, 'lastClick');
}

async function tapToDurable(page: Page, { sizes, log }: MeasureContext): Promise<Row[]> {
  // The first writes open the database and make the tablet's name, as after a restart.
  for (let i = 0; i < WARM_UP; i++) {
    await callPage(page, 'armCheckIn', 1_000 + i);
    await clickArmed(page);
    await callPage(page, 'armFloorPut');
    await clickArmed(page);
  }
  const times: number[] = [];
  const floor: number[] = [];
  const delivery: number[] = [];
  const heard: number[] = [];
  // Ours and the floor take turns, so whatever else the machine does falls on both alike.
  for (let i = 0; i < sizes.checkIns; i++) {
    await callPage(page, 'armCheckIn', i);
    const outcome = await clickArmed(page);
    times.push(outcome.ms);
    delivery.push(outcome.delivery);
    heard.push(outcome.heard);
    await callPage(page, 'armFloorPut');
    floor.push((await clickArmed(page)).ms);
  }
  const p50 = round(percentile(times, 50));
  const p95 = percentile(times, 95);
  log(
    `tap to durable: p50 ${p50} ms, p95 ${round(p95)} ms; floor p95 ${round(percentile(floor, 95))} ms`,
  );
  return [
    {
      what: 'tap to durable, p50',
      value: p50,
      unit: 'ms',
      note:
        `${sizes.checkIns} check-ins of 1 to 3 people (after ${WARM_UP} not counted), each a real ` +
        `mouse click; ${spread(times)}; of which the click reaching its handler: median ` +
        `${round(median(delivery))} ms; the page hearing of the commit (after its next frame): ` +
        `median ${round(median(heard))} ms, p95 ${round(percentile(heard, 95))} ms`,
    },
    ratioRow({
      what: 'tap to durable, p95',
      ours: p95,
      floor: percentile(floor, 95),
      floorIs: 'one put, strict durability, on a worker',
      budget: 'tapToDurableP95',
      note: `floor: a click, then one record put on a worker; p50 ${round(percentile(floor, 50))} ms, ${spread(floor)}`,
    }),
  ];
}

async function todaysFigures(
  page: Page,
  { sizes, log }: MeasureContext,
  visits: number,
  budget: 'headcountYear' | 'headcountTenYears',
): Promise<Row> {
  // "Today" is each of the last open days of the year in turn, so no call reads a day just read.
  const days = openDays(YEAR.from, YEAR.to).slice(-sizes.headcountCalls);
  const floor = await callPage(page, 'floorReadDays', days);
  const times = await callPage(page, 'todaysFigures', days);
  log(
    `today's figures with ${visits} visits: median ${round(median(times))} ms, floor ${round(median(floor))} ms`,
  );
  return ratioRow({
    what: `today's figures, dayStats(day), with ${visits.toLocaleString('en-GB')} visits, median`,
    ours: median(times),
    floor: median(floor),
    floorIs: "the day's rows read",
    budget,
    note: `${spread(times)}; floor, the day's rows in one getAll by the local-date index: ${spread(floor)}`,
  });
}

async function csvExport(
  page: Page,
  { sizes, log }: MeasureContext,
  period: { from: string; to: string },
  visits: number,
  budget: 'csvExportYear' | 'csvExportTenYears',
): Promise<Row> {
  const times: number[] = [];
  const floor: number[] = [];
  const reading: number[] = [];
  let rows = 0;
  for (let run = 0; run < sizes.csvRuns; run++) {
    await callPage(page, 'armVisitLogExport', period.from, period.to);
    const outcome = await clickArmed(page);
    times.push(outcome.ms);
    rows = outcome.detail;
    await callPage(page, 'armFloorCsv', period.from, period.to);
    floor.push((await clickArmed(page)).ms);
    reading.push(await callPage(page, 'floorReadBetween', period.from, period.to));
  }
  log(
    `CSV export of ${visits} visits: median ${round(median(times))} ms, floor ${round(median(floor))} ms`,
  );
  return ratioRow({
    what: `CSV export, ${visits.toLocaleString('en-GB')} visits, click to Blob`,
    ours: median(times),
    floor: median(floor),
    floorIs: 'rows read, papaparse unparse',
    budget,
    note:
      `visit log ${period.from} to ${period.to}, ${rows} rows (voided left out); ${spread(times)}; ` +
      `floor, the same rows in one getAll and papaparse's unparse to a Blob: ${spread(floor)}, ` +
      `of which the getAll alone: median ${round(median(reading))} ms`,
  });
}

export const tablet: Measure = {
  name: 'tablet',
  async run(context) {
    const { sizes, log } = context;
    const built = await context.benchPage();
    const server = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      distDir: built.dir,
      log: false,
      tokens: TOKENS,
    });
    const browser = await launchTablet();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await openBenchPage(page, server.url);
      const rows: Row[] = [];

      log(`seeding ${sizes.yearVisits} visits (a year)…`);
      await callPage(page, 'seed', {
        ...YEAR,
        total: sizes.yearVisits,
        seed: 1,
        deviceId: DEVICE,
        syncState: 'synced',
      });
      rows.push(...(await tapToDurable(page, context)));
      rows.push(await todaysFigures(page, context, sizes.yearVisits, 'headcountYear'));
      rows.push(await csvExport(page, context, YEAR, sizes.yearVisits, 'csvExportYear'));

      log(`seeding ${sizes.tenYearVisits - sizes.yearVisits} more visits (nine earlier years)…`);
      await callPage(page, 'seed', {
        ...EARLIER_YEARS,
        total: sizes.tenYearVisits - sizes.yearVisits,
        seed: 2,
        deviceId: DEVICE,
        syncState: 'synced',
      });
      rows.push(await todaysFigures(page, context, sizes.tenYearVisits, 'headcountTenYears'));
      rows.push(
        await csvExport(
          page,
          context,
          { from: EARLIER_YEARS.from, to: YEAR.to },
          sizes.tenYearVisits,
          'csvExportTenYears',
        ),
      );
      return rows;
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
