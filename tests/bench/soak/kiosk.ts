// The kiosk left on for days, as at the door: women check in tap by tap on the built app, paired
// with the real server, on a simulated clock that moves through each opening day (09:00 to 16:00)
// and on to the next. After each thank-you "start over" is tapped; now and then a woman chooses
// another language first, prefers not to say, or undoes her check-in. At the end of every day the
// page is read (counters.ts) on the first screen, with nothing on its way to the server, and its
// heap is split into compiled code and the page's objects (heapParts.ts).
import type { CDPSession, Page } from 'playwright-core';
import { pairingLink } from '../../e2e/harness';
import { megabytes, requestsSettled } from './counters';
import { readSplit, type SplitReading } from './heapParts';
import type { SharedClock } from './time';

export const HOUR = 60 * 60_000;
export const DAY = 24 * HOUR;
/** Monday 2 March 2026, 09:00 in Copenhagen: the first opening day. */
export const FIRST_MORNING = Date.parse('2026-03-02T08:00:00Z');
const OPENING_HOURS = 7 * HOUR;

const LANGUAGES = ['ar', 'uk', 'so', 'fa'];

async function tap(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().click();
}

/** One woman's check-in, the `n`th of the run, then "start over" back to the first screen. */
export async function checkIn(page: Page, n: number): Promise<void> {
  await page.locator('[data-screen="country"]').waitFor();
  if (n % 9 === 4) await tap(page, `button[lang="${LANGUAGES[n % LANGUAGES.length]}"]`);
  const tiles = '[data-code]';
  if (n % 11 === 5) await tap(page, '[data-screen="country"] [data-action="skip"]');
  else
    await page
      .locator(`[data-screen="country"] ${tiles}`)
      .nth(n % 4)
      .click();
  await page.locator('[data-screen="municipality"]').waitFor();
  await page
    .locator(`[data-screen="municipality"] ${tiles}`)
    .nth(n % 3)
    .click();
  await page.locator('[data-screen="party"]').waitFor();
  const children = n % 4 === 1 ? 2 : n % 3 === 0 ? 1 : 0;
  if (children === 0) {
    await tap(page, '[data-action="just-me"]');
  } else {
    for (let i = 0; i < children; i++) await tap(page, '[data-action="add-child"]');
    await tap(page, '[data-action="next"]');
  }
  await tap(page, '[data-action="confirm"]');
  await page.locator('[data-screen="thanks"]').waitFor();
  if (n % 13 === 7) await tap(page, '[data-action="undo"]');
  await tap(page, '[data-action="start-over"]');
  await page.locator('[data-screen="country"]').waitFor();
}

/**
 * Runs the clock on to `at`, an hour at most at a time, letting each request finish first: time
 * passes as it does at the door, with the sync loop's timers firing on the way (a request's own
 * time-out would fire too if the clock ran on while it was still on its way). With `touch`, steps
 * are two minutes at most and each begins with it (staff keeping their view from locking).
 */
export async function runUntil(
  clock: SharedClock,
  page: Page,
  at: number,
  touch?: () => Promise<void>,
): Promise<void> {
  const step = touch === undefined ? HOUR : 2 * 60_000;
  for (;;) {
    await requestsSettled(page);
    const left = at - clock.now().getTime();
    if (left <= 0) return;
    await touch?.();
    await clock.runFor(Math.min(left, step));
  }
}

export interface KioskDays {
  /** Readings at the end of each day. */
  days: SplitReading[];
  checkIns: number;
  /** Check-ins made after the first day's reading. */
  afterFirstDay: number;
}

/**
 * Pairs the page with the server at `serverUrl` and runs `days` opening days of `perDay`
 * check-ins each. The clock must be installed at FIRST_MORNING already.
 */
export async function kioskDays(
  clock: SharedClock,
  page: Page,
  cdp: CDPSession,
  serverUrl: string,
  options: { days: number; perDay: number; log: (line: string) => void },
): Promise<KioskDays> {
  // Offline-ready before the first check-in, as a kiosk at the door is: a service worker taking
  // over later could reload the page in the middle of the run. Precaching takes a while on a
  // busy machine.
  await page.goto(pairingLink(serverUrl));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 180_000,
  });
  const readings: SplitReading[] = [];
  const gap = OPENING_HOURS / options.perDay;
  let n = 0;
  for (let day = 0; day < options.days; day++) {
    const morning = FIRST_MORNING + day * DAY;
    // Through the night (or from the opening) to the morning, every timer running on the way.
    await runUntil(clock, page, morning);
    for (let i = 0; i < options.perDay; i++) {
      await checkIn(page, n++);
      await runUntil(clock, page, morning + (i + 1) * gap);
    }
    // The day closes: the last visits are sent, and the page sits on its first screen.
    await runUntil(clock, page, morning + OPENING_HOURS + HOUR / 2);
    await page.locator('[data-screen="country"]').waitFor();
    const reading = await readSplit(page, cdp);
    readings.push(reading);
    options.log(
      `day ${day + 1}: ${n} check-ins, heap ${megabytes(reading.heapBytes)} ` +
        `(objects ${megabytes(reading.objectBytes)}, code ${megabytes(reading.codeBytes)}), ` +
        `${reading.nodes} nodes, ${reading.listeners} listeners, ${reading.timers} timers, ` +
        `${reading.requestsMade} requests made`,
    );
  }
  return { days: readings, checkIns: n, afterFirstDay: n - options.perDay };
}
