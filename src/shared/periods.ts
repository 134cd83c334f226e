// Report periods as the API takes them: two local dates, both days included. Presets are worked
// out from a given "today" on calendar dates with date-fns (no clock, no time zone), so the same
// day always gives the same period on the tablet, on the coordinator's laptop and in tests.
import {
  differenceInCalendarDays,
  endOfMonth,
  endOfWeek,
  endOfYear,
  format,
  isValid,
  parse as parseDate,
  startOfMonth,
  startOfWeek,
  startOfYear,
  subMonths,
  subYears,
} from 'date-fns';
import { CENTRE_TIME_ZONE, localDate } from './time';

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD, included. */
  to: string;
}

export const PRESETS = [
  'today',
  'thisWeek',
  'thisMonth',
  'lastMonth',
  'thisYear',
  'lastYear',
] as const;
export type Preset = (typeof PRESETS)[number];

/** The first day a report may start: the API refuses visits from before 2000. */
export const EARLIEST_DATE = '2000-01-01';
const LATEST_DATE = '2999-12-31';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FORMAT = 'yyyy-MM-dd';

// Dates are read as calendar days at local midnight; date-fns's calendar functions stay on the
// right day across a DST change, so no clock or time zone leaks into a period.
function parse(date: string): Date | null {
  if (!DATE.test(date)) return null;
  // date-fns refuses a day the month does not have ("2025-02-29" gives an invalid date).
  const day = parseDate(date, FORMAT, new Date(2000, 0, 1));
  return isValid(day) ? day : null;
}

/** A real calendar day written YYYY-MM-DD ("2025-02-29" is not one). */
export function isDate(value: unknown): value is string {
  return typeof value === 'string' && parse(value) !== null;
}

function write(day: Date): string {
  return format(day, FORMAT);
}

function parseOrThrow(today: string): Date {
  const day = parse(today);
  if (!day)
    throw new RangeError(`Today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}.`);
  return day;
}

/** Today's date in the centre's time zone. */
export function todayInCentre(now: Date = new Date(), timeZone: string = CENTRE_TIME_ZONE): string {
  return localDate(now, timeZone);
}

// Weeks start on Monday, as in Denmark.
const MONDAY_FIRST = { weekStartsOn: 1 } as const;

/** The preset's period for `today`: weeks start on Monday (as in Denmark), both ends included. */
export function presetPeriod(preset: Preset, today: string): Period {
  const day = parseOrThrow(today);
  const span = (from: Date, to: Date): Period => ({ from: write(from), to: write(to) });
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'thisWeek':
      return span(startOfWeek(day, MONDAY_FIRST), endOfWeek(day, MONDAY_FIRST));
    case 'thisMonth':
      return span(startOfMonth(day), endOfMonth(day));
    case 'lastMonth': {
      const before = subMonths(day, 1);
      return span(startOfMonth(before), endOfMonth(before));
    }
    case 'thisYear':
      return span(startOfYear(day), endOfYear(day));
    case 'lastYear': {
      const before = subYears(day, 1);
      return span(startOfYear(before), endOfYear(before));
    }
  }
}

/** The preset whose period is exactly `period` on `today`, or null for a custom range. */
export function presetOf(period: Period, today: string): Preset | null {
  return (
    PRESETS.find((preset) => {
      const p = presetPeriod(preset, today);
      return p.from === period.from && p.to === period.to;
    }) ?? null
  );
}

export type PeriodProblem = 'from-invalid' | 'to-invalid' | 'reversed' | 'too-early' | 'too-late';

/**
 * What is wrong with a custom range, or null when a report can be made for it: both ends real
 * dates, the first not after the last, nothing before 2000 (no visit can be older).
 */
export function periodProblem(period: { from: unknown; to: unknown }): PeriodProblem | null {
  if (!isDate(period.from)) return 'from-invalid';
  if (!isDate(period.to)) return 'to-invalid';
  if (period.from > period.to) return 'reversed';
  if (period.from < EARLIEST_DATE) return 'too-early';
  if (period.to > LATEST_DATE) return 'too-late';
  return null;
}

/** Days in the period, both ends counted. */
export function periodDays(period: Period): number {
  return differenceInCalendarDays(parseOrThrow(period.to), parseOrThrow(period.from)) + 1;
}
