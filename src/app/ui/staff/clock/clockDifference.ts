// What is wrong with the tablet's clock, for the notice staff see, and how far off it is in the words
// staff read it in: the two largest whole units of years, days, hours and minutes ("1 year and 12
// days", "3 hours and 5 minutes"), rounded down, since a notice about a clock a year off needs no
// seconds.
import type { ClockCheck } from '../../../sync/clock';
import { centreTime, clockIsOff, clockOffsetMs } from '../../../sync/clock';

export type ClockUnit = 'years' | 'days' | 'hours' | 'minutes';

export interface UnitCount {
  unit: ClockUnit;
  count: number;
}

const MINUTE_MS = 60_000;
const UNITS: readonly [ClockUnit, number][] = [
  ['years', 365 * 24 * 60 * MINUTE_MS],
  ['days', 24 * 60 * MINUTE_MS],
  ['hours', 60 * MINUTE_MS],
  ['minutes', MINUTE_MS],
];

/** The difference `ms` (its size; the sign is told apart) as at most two units, largest first. */
export function clockDifference(ms: number): UnitCount[] {
  let rest = Math.floor(Math.abs(ms) / MINUTE_MS) * MINUTE_MS;
  const parts: UnitCount[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push({ unit, count });
    if (parts.length === 2) break;
  }
  const shown = parts.filter(({ count }) => count > 0);
  return shown.length > 0 ? shown : [{ unit: 'minutes', count: 0 }];
}

export type ClockProblem =
  /** The tablet's clock reads before a moment known to have passed: check-ins get that moment. */
  | { kind: 'stopped'; shows: number; datedAt: number }
  /** The last check found the tablet's clock more than a few minutes off the server's. */
  | { kind: 'ahead' | 'behind'; offsetMs: number };

/** What is wrong with the tablet's clock at its reading `tabletNow`, by the last check; null if nothing. */
export function clockProblem(tabletNow: number, check: ClockCheck | null): ClockProblem | null {
  const { at, source } = centreTime(tabletNow, check);
  if (source === 'last-known') return { kind: 'stopped', shows: tabletNow, datedAt: at };
  if (check === null || !clockIsOff(check)) return null;
  const offsetMs = clockOffsetMs(check);
  return { kind: offsetMs > 0 ? 'ahead' : 'behind', offsetMs };
}
