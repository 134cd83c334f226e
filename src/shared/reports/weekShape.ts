// The week's shape: visitors' visits by weekday and hour of the day over a period, for staff
// planning the week. Weekday and hour are read in the centre's time zone, as the reports read
// dates; voided visits and volunteers' days are left out, as in the grant report.
import { CENTRE_TIME_ZONE, localParts } from '../time';
import type { Visit } from '../visit';

/** Monday first, as a Danish week runs. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

export interface WeekShape {
  /** visits[row][hour]: row 0 is Monday, row 6 Sunday; hour 0-23. */
  visits: number[][];
  /** The most visits in any one cell; 0 when there are none. */
  max: number;
  total: number;
  /** The first and last hour with a visit on any day, or null when there are none. */
  hours: { first: number; last: number } | null;
}

type Counted = Pick<Visit, 'visitedAt' | 'voided' | 'kind'>;

/** The weekday of a local date (0 is Sunday), without the machine's own zone in the way. */
function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

export function weekShape(
  visits: Iterable<Counted>,
  timeZone: string = CENTRE_TIME_ZONE,
): WeekShape {
  const cells = WEEKDAYS.map(() => Array<number>(24).fill(0));
  let total = 0;
  let max = 0;
  let first = 24;
  let last = -1;
  for (const visit of visits) {
    if (visit.voided || visit.kind !== 'visitor') continue;
    const { date, hour } = localParts(visit.visitedAt, timeZone);
    const row = cells[(weekdayOf(date) + 6) % 7];
    if (row === undefined) continue;
    const count = (row[hour] ?? 0) + 1;
    row[hour] = count;
    total += 1;
    max = Math.max(max, count);
    first = Math.min(first, hour);
    last = Math.max(last, hour);
  }
  return { visits: cells, max, total, hours: last < 0 ? null : { first, last } };
}

/**
 * How strong a cell's colour is, 0 (none) to 4 (the busiest), in steps a person tells apart at a
 * glance; the number is always written in the cell too.
 */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4)) as 1 | 2 | 3 | 4;
}
