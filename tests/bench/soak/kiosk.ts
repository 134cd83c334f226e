// The kiosk left on for days, as at the door: women check in tap by tap on the built app, paired
// with the real server, on a simulated clock that moves through each opening day (09:00 to 16:00)
// and on to the next. After each thank-you "start over" is tapped; now and then a woman chooses
// another language first, prefers not to say, or undoes her check-in. At the end of every day the
// page is read (counters.ts) on the first screen, with nothing on its way to the server.
import type { CDPSession, Page } from 'playwright-core';
import { openOnline, pairingLink } from '../../e2e/harness';
import { read, requestsSettled, type Reading } from './counters';
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

export interface KioskDays {
  /** Readings at the end of each day. */
  days: Reading[];
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
  await openOnline(page, pairingLink(serverUrl));
  const readings: Reading[] = [];
  let n = 0;
  for (let day = 0; day < options.days; day++) {
    const morning = FIRST_MORNING + day * DAY;
    for (let i = 0; i < options.perDay; i++) {
      await clock.setTo(morning + (i * OPENING_HOURS) / options.perDay);
      await checkIn(page, n++);
    }
    // The day closes: the last visits are sent, and the page sits on its first screen.
    await clock.setTo(morning + OPENING_HOURS + HOUR / 2);
    await clock.runFor(60_000);
    await requestsSettled(page);
    await page.locator('[data-screen="country"]').waitFor();
    const reading = await read(page, cdp);
    readings.push(reading);
    options.log(
      `day ${day + 1}: ${n} check-ins, heap ${(reading.heapBytes / 1e6).toFixed(2)} MB, ` +
        `${reading.nodes} nodes, ${reading.listeners} listeners, ${reading.timers} timers`,
    );
  }
  return { days: readings, checkIns: n, afterFirstDay: n - options.perDay };
}
