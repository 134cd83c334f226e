// A kiosk left on for months, in a short run: the built app in Chromium on a profile on disk,
// paired with the real server, on a simulated clock the page and the server share (soak/time.ts).
// First opening days of check-ins tapped through the kiosk (soak/kiosk.ts), read at the end of
// each day; then a day with the staff view open in a second tab (soak/staff.ts); then the sync
// loop left running with the server and, once the server has gone, without it (soak/sync.ts).
// Heap growth is judged per check-in from the first day's end to the last: a day's figures may
// stay in memory, every visit ever made may not. It is judged on the page's objects, without the
// engine's compiled code (soak/heapParts.ts), which grows for days as the engine warms up whatever
// the page keeps; the whole heap is shown beside it. Nodes, listeners and timers must stay flat.
import type { CDPSession, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../../src/server/server';
import { distDir, TOKENS } from '../../e2e/harness';
import { launchTablet } from '../lib/browser';
import type { Measure, Row } from '../lib/measure';
import { countInPages, megabytes, requestsSettled, type Reading } from '../soak/counters';
import type { SplitReading } from '../soak/heapParts';
import { checkIn, DAY, FIRST_MORNING, kioskDays } from '../soak/kiosk';
import { staffDay } from '../soak/staff';
import { syncHours, type SyncHours } from '../soak/sync';
import { SharedClock } from '../soak/time';

function flatRows(where: string, first: Reading, last: Reading): Row[] {
  const row = (
    what: string,
    key: 'nodes' | 'listeners' | 'timers',
    budget: Row['budget'],
  ): Row => ({
    what: `${where}: ${what}, growth`,
    value: last[key] - first[key],
    unit: key === 'nodes' ? 'nodes' : key,
    budget,
    note: `${first[key]} then ${last[key]}`,
  });
  return [
    row('DOM nodes', 'nodes', 'soakDomNodes'),
    row('event listeners', 'listeners', 'soakListeners'),
    row('live timers', 'timers', 'soakTimers'),
  ];
}

function syncRows(where: string, hours: number, run: SyncHours): Row[] {
  return [
    {
      what: `sync loop ${where}, ${hours} h: live timers, growth`,
      value: run.last.timers - run.first.timers,
      unit: 'timers',
      budget: 'soakTimers',
      note:
        `${run.requests} requests after the first hour; timers ${run.first.timers} then ` +
        `${run.last.timers}; heap ${megabytes(run.first.heapBytes)} then ${megabytes(run.last.heapBytes)}`,
    },
    {
      what: `sync loop ${where}, ${hours} h: requests still on their way`,
      value: run.last.requestsInFlight,
      unit: 'requests',
      budget: 'soakRequestsInFlight',
      note: 'each minute is given 10 s of real time to finish its requests',
    },
  ];
}

async function soakIn(
  page: Page,
  cdp: CDPSession,
  clock: SharedClock,
  server: RunningServer,
  context: Parameters<Measure['run']>[0],
) {
  const { sizes, log } = context;
  const rows: Row[] = [];
  const days = await kioskDays(clock, page, cdp, server.url, {
    days: sizes.soakDays,
    perDay: sizes.soakCheckInsPerDay,
    log,
  });
  const first = days.days[0];
  const last = days.days.at(-1);
  if (first === undefined || last === undefined) throw new Error('The soak read no day.');
  const perCheckIn = (bytes: (day: SplitReading) => number) =>
    Math.round((bytes(last) - bytes(first)) / days.afterFirstDay) / 1000;
  const eachDay = (bytes: (day: SplitReading) => number) =>
    days.days.map((day) => megabytes(bytes(day))).join(', ');
  const kiosk = `kiosk left on, ${days.checkIns.toLocaleString('en-GB')} check-ins over ${sizes.soakDays} days`;
  rows.push({
    what: `${kiosk}: the page's objects, growth a check-in`,
    value: perCheckIn((day) => day.objectBytes),
    unit: 'KB',
    budget: 'soakHeapPerCheckIn',
    note:
      `the JavaScript heap without compiled code, from a heap snapshot, from the first day's end ` +
      `to the last; at each day's end: ${eachDay((day) => day.objectBytes)}`,
  });
  rows.push({
    what: `${kiosk}: the whole heap, growth a check-in`,
    value: perCheckIn((day) => day.heapBytes),
    unit: 'KB',
    note:
      `after garbage collection, objects and compiled code; heap at each day's end: ` +
      `${eachDay((day) => day.heapBytes)}; compiled code: ${eachDay((day) => day.codeBytes)}`,
  });
  rows.push(...flatRows('kiosk left on', first, last));

  log('the staff view open for a day…');
  const staff = await staffDay(clock, page.context(), page, {
    url: server.url,
    morning: FIRST_MORNING + sizes.soakDays * DAY,
    hours: sizes.soakStaffHours,
    perDay: sizes.soakCheckInsPerDay,
    firstCheckIn: days.checkIns,
  });
  const perStaffCheckIn = (bytes: (reading: SplitReading) => number) =>
    Math.round((bytes(staff.last) - bytes(staff.first)) / staff.between) / 1000;
  rows.push({
    what: "staff view open for a day: the page's objects, growth a check-in",
    value: perStaffCheckIn((reading) => reading.objectBytes),
    unit: 'KB',
    note:
      `${staff.between} check-ins from a quarter into the day to its end; objects ` +
      `${megabytes(staff.first.objectBytes)} then ${megabytes(staff.last.objectBytes)}; whole heap ` +
      `${megabytes(staff.first.heapBytes)} then ${megabytes(staff.last.heapBytes)} ` +
      `(${perStaffCheckIn((reading) => reading.heapBytes)} KB a check-in)`,
  });
  rows.push(...flatRows('staff view open for a day', staff.first, staff.last));

  log(`the sync loop with the server for ${sizes.soakSyncHours} h…`);
  const withServer = await syncHours(clock, page, cdp, sizes.soakSyncHours);
  rows.push(...syncRows('with the server', sizes.soakSyncHours, withServer));

  log(`the sync loop without a server for ${sizes.soakSyncHours} h…`);
  await server.close();
  // Visits wait, so the loop keeps trying.
  await checkIn(page, days.checkIns + sizes.soakCheckInsPerDay);
  await requestsSettled(page);
  const withoutServer = await syncHours(clock, page, cdp, sizes.soakSyncHours);
  rows.push(...syncRows('without a server', sizes.soakSyncHours, withoutServer));
  return rows;
}

export const soak: Measure = {
  name: 'soak',
  async run(context) {
    const tablet = await launchTablet();
    const clock = new SharedClock(tablet.context);
    const server = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      distDir,
      log: false,
      tokens: TOKENS,
      now: clock.now,
    });
    try {
      await clock.install(FIRST_MORNING - 60 * 60_000);
      await countInPages(tablet.context);
      const page = tablet.context.pages()[0] ?? (await tablet.context.newPage());
      const cdp = await tablet.context.newCDPSession(page);
      return await soakIn(page, cdp, clock, server, context);
    } finally {
      await tablet.close();
      await server.close();
    }
  },
};
