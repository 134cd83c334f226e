// Report periods as the API takes them: two local dates, both days included. Presets are worked
// out from a given "today" on plain calendar dates (no clock, no time zone, no DST), so the same
// day always gives the same period on the tablet, on the coordinator's laptop and in tests.
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
export const LATEST_DATE = '2999-12-31';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

function parse(date: string): Ymd | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day));
  return check.getUTCFullYear() === ymd.year &&
    check.getUTCMonth() === ymd.month - 1 &&
    check.getUTCDate() === ymd.day
    ? ymd
    : null;
}

/** A real calendar day written YYYY-MM-DD ("2025-02-29" is not one). */
export function isDate(value: unknown): value is string {
  return typeof value === 'string' && parse(value) !== null;
}

// Date.UTC rolls over out-of-range days and months (day 0 is the last day of the month before).
function write(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function parseOrThrow(today: string): Ymd {
  const ymd = parse(today);
  if (!ymd)
    throw new RangeError(`Today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}.`);
  return ymd;
}

/** Today's date in the centre's time zone. */
export function todayInCentre(now: Date = new Date(), timeZone: string = CENTRE_TIME_ZONE): string {
  return localDate(now, timeZone);
}

/** The preset's period for `today`: weeks start on Monday (as in Denmark), both ends included. */
export function presetPeriod(preset: Preset, today: string): Period {
  const { year, month, day } = parseOrThrow(today);
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'thisWeek': {
      // getUTCDay: Sunday 0 ... Saturday 6; days since Monday: Monday 0 ... Sunday 6.
      const sinceMonday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
      return {
        from: write(year, month, day - sinceMonday),
        to: write(year, month, day - sinceMonday + 6),
      };
    }
    case 'thisMonth':
      return { from: write(year, month, 1), to: write(year, month + 1, 0) };
    case 'lastMonth':
      return { from: write(year, month - 1, 1), to: write(year, month, 0) };
    case 'thisYear':
      return { from: write(year, 1, 1), to: write(year, 12, 31) };
    case 'lastYear':
      return { from: write(year - 1, 1, 1), to: write(year - 1, 12, 31) };
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
  const from = parseOrThrow(period.from);
  const to = parseOrThrow(period.to);
  const ms =
    Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day);
  return Math.round(ms / 86_400_000) + 1;
}
