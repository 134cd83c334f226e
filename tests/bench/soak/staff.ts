// The staff view left open through an opening day in a second tab of the tablet's browser, while
// women check in at the kiosk in the first: today's figures follow every check-in (live queries,
// across tabs). A key pressed after each check-in keeps the view from locking itself, as staff
// who use it do. The staff tab is read a quarter into the day and at its end.
import type { BrowserContext, Page } from 'playwright-core';
import { openStaffFirstTime } from '../../e2e/harness';
import { requestsSettled } from './counters';
import { readSplit, type SplitReading } from './heapParts';
import { checkIn, HOUR, runUntil } from './kiosk';
import type { SharedClock } from './time';

export interface StaffDay {
  first: SplitReading;
  last: SplitReading;
  /** Check-ins between the two readings. */
  between: number;
}

export async function staffDay(
  clock: SharedClock,
  context: BrowserContext,
  kiosk: Page,
  options: {
    url: string;
    morning: number;
    /** Hours the day lasts: the opening day's seven, or fewer for a quicker run. */
    hours: number;
    perDay: number;
    firstCheckIn: number;
  },
): Promise<StaffDay> {
  const staff = await context.newPage();
  const cdp = await context.newCDPSession(staff);
  try {
    await runUntil(clock, kiosk, options.morning - HOUR / 2);
    await staff.goto(options.url);
    await staff.locator('[data-screen="country"]').waitFor();
    await openStaffFirstTime(staff);
    const figures = staff.getByRole('list', { name: 'Dagens tal' });
    await figures.waitFor();

    const quarter = Math.ceil(options.perDay / 4);
    let first: SplitReading | null = null;
    const gap = (options.hours * HOUR) / options.perDay;
    // A key every two minutes: the view locks itself after three untouched.
    const touch = () => staff.keyboard.press('Shift');
    await runUntil(clock, kiosk, options.morning, touch);
    for (let i = 0; i < options.perDay; i++) {
      await checkIn(kiosk, options.firstCheckIn + i);
      await runUntil(clock, kiosk, options.morning + (i + 1) * gap, touch);
      if (i + 1 === quarter) {
        await requestsSettled(staff);
        first = await readSplit(staff, cdp);
      }
    }
    await requestsSettled(kiosk);
    await requestsSettled(staff);
    await figures.waitFor();
    const last = await readSplit(staff, cdp);
    if (first === null) throw new Error('The staff day needs at least one check-in.');
    return { first, last, between: options.perDay - quarter };
  } finally {
    await staff.close();
  }
}
