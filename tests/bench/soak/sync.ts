// The sync loop left running: the simulated clock moves on a minute at a time (every timer that
// falls due runs), each request is let finish, and the page is read after the first hour and at
// the end. With a server the loop checks its clock and reports the tablet's state; without one it
// tries again and again, backing off, with visits waiting. Neither may leave timers or requests
// behind that pile up.
import type { CDPSession, Page } from 'playwright-core';
import { read, requestsSettled, type Reading } from './counters';
import { HOUR } from './kiosk';
import type { SharedClock } from './time';

const MINUTE = 60_000;

export interface SyncHours {
  /** Requests the loop made after the first hour: one a pass, or more when a pass sends. */
  requests: number;
  first: Reading;
  last: Reading;
}

async function runMinutes(clock: SharedClock, page: Page, minutes: number): Promise<void> {
  for (let i = 0; i < minutes; i++) {
    await clock.runFor(MINUTE);
    await requestsSettled(page);
  }
}

/** Runs the page's clock on for `hours` (at least two), a minute at a time. */
export async function syncHours(
  clock: SharedClock,
  page: Page,
  cdp: CDPSession,
  hours: number,
): Promise<SyncHours> {
  await runMinutes(clock, page, HOUR / MINUTE);
  const first = await read(page, cdp);
  await runMinutes(clock, page, ((hours - 1) * HOUR) / MINUTE);
  const last = await read(page, cdp);
  return { requests: last.requestsMade - first.requestsMade, first, last };
}
