// Trends for the yearly report: a year's visits, adults and children month by month beside the
// year before. The figures are the grant report's totals for each month (the same counting); a
// month not begun has no figures rather than zero, and the month under way says it is not over.
// The year's total covers the same months in both years, so the two are fair to set side by side.
import type { ReportLang } from '../api/report';
import { toCsv } from '../csv';
import type { CsvCell, CsvOptions } from '../csv';
import type { Period } from '../periods';
import { isDate } from '../periods';
import type { Change } from './change';
import { change, changeCells } from './change';

export interface MonthFigures {
  visits: number;
  adults: number;
  children: number;
}

/** Where a month stands on a given day. */
export type MonthState = 'over' | 'current' | 'notBegun';

export interface TrendCell {
  period: Period;
  state: MonthState;
  /** null when the month has not begun. */
  figures: MonthFigures | null;
}

export interface TrendMonth {
  /** 1 is January. */
  month: number;
  current: TrendCell;
  previous: TrendCell;
  /** The change in visits from the year before; null unless both months have begun. */
  change: Change | null;
}

export interface Trends {
  year: number;
  months: TrendMonth[];
  total: {
    /** The months counted: those of `year` that have begun, January first (0 to 12). */
    months: number;
    current: MonthFigures;
    previous: MonthFigures;
    change: Change;
  };
}

/** The first year with a year before it the API can report on (it keeps nothing before 2000). */
export const FIRST_TREND_YEAR = 2001;
const LAST_TREND_YEAR = 2999;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_TREND_YEAR || year > LAST_TREND_YEAR) {
    throw new RangeError(
      `Trends are for a year from ${FIRST_TREND_YEAR} to ${LAST_TREND_YEAR}, not ${year}.`,
    );
  }
}

function checkToday(today: string): void {
  if (!isDate(today)) {
    throw new RangeError(`Today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}.`);
  }
}

/** The month as a period of days, both ends included. */
export function monthPeriod(year: number, month: number): Period {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${last}` };
}

export function monthState(period: Period, today: string): MonthState {
  if (today < period.from) return 'notBegun';
  return today > period.to ? 'over' : 'current';
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The months to ask the server for: every month of `year` and the year before that has begun. */
export function trendPeriods(year: number, today: string): Period[] {
  checkYear(year);
  checkToday(today);
  return [year - 1, year]
    .flatMap((y) => MONTHS.map((month) => monthPeriod(y, month)))
    .filter((period) => monthState(period, today) !== 'notBegun');
}

const NONE: MonthFigures = { visits: 0, adults: 0, children: 0 };

function add(a: MonthFigures, b: MonthFigures): MonthFigures {
  return {
    visits: a.visits + b.visits,
    adults: a.adults + b.adults,
    children: a.children + b.children,
  };
}

/**
 * The trends of `year` on `today`, from the figures of each month that has begun, keyed by the
 * month's first day (as trendPeriods gives them). A begun month without figures is an error: it
 * would otherwise read as a month without visits.
 */
export function buildTrends(
  year: number,
  today: string,
  figures: ReadonlyMap<string, MonthFigures>,
): Trends {
  checkYear(year);
  checkToday(today);
  const cell = (y: number, month: number): TrendCell => {
    const period = monthPeriod(y, month);
    const state = monthState(period, today);
    if (state === 'notBegun') return { period, state, figures: null };
    const found = figures.get(period.from);
    if (!found) throw new RangeError(`There are no figures for the month from ${period.from}.`);
    return { period, state, figures: found };
  };
  const months = MONTHS.map((month): TrendMonth => {
    const current = cell(year, month);
    const previous = cell(year - 1, month);
    return {
      month,
      current,
      previous,
      change:
        current.figures && previous.figures
          ? change(previous.figures.visits, current.figures.visits)
          : null,
    };
  });
  const counted = months.filter((m) => m.current.figures !== null);
  const current = counted.reduce((sum, m) => add(sum, m.current.figures ?? NONE), NONE);
  const previous = counted.reduce((sum, m) => add(sum, m.previous.figures ?? NONE), NONE);
  return {
    year,
    months,
    total: {
      months: counted.length,
      current,
      previous,
      change: change(previous.visits, current.visits),
    },
  };
}

const WORDS = {
  da: {
    month: 'Måned',
    visits: 'Besøg',
    adults: 'Voksne',
    children: 'Børn under 18 år',
    change: 'Ændring i besøg',
    percent: 'Ændring i besøg (%)',
    note: 'Bemærkning',
    total: 'I alt',
    current: 'Måneden er ikke slut',
    notBegun: 'Måneden er ikke begyndt',
  },
  en: {
    month: 'Month',
    visits: 'Visits',
    adults: 'Adults',
    children: 'Children under 18',
    change: 'Change in visits',
    percent: 'Change in visits (%)',
    note: 'Note',
    total: 'Total',
    current: 'The month is not over',
    notBegun: 'The month has not begun',
  },
} as const;

/** A month's name in `lang`, e.g. "januar". */
export function monthName(month: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 15)),
  );
}

/** What the total row covers: the year, or its first months while it is under way. */
export function totalLabel(trends: Trends, lang: ReportLang): string {
  const words = WORDS[lang];
  const { months } = trends.total;
  if (months === 12 || months === 0) return words.total;
  return months === 1
    ? `${words.total}, ${monthName(1, lang)}`
    : `${words.total}, ${monthName(1, lang)}–${monthName(months, lang)}`;
}

function figureCells(figures: MonthFigures | null): CsvCell[] {
  return figures ? [figures.visits, figures.adults, figures.children] : [null, null, null];
}

/**
 * The trends as CSV, one line a month and the total last: the year's visits, adults and children,
 * the year before's, the change in visits (number and per cent), and a note on a month that is
 * not over or not begun (whose cells are empty, not 0).
 */
export function trendsCsv(trends: Trends, lang: ReportLang, options?: CsvOptions): string {
  const words = WORDS[lang];
  const years = [trends.year, trends.year - 1];
  const lines: CsvCell[][] = [
    [
      words.month,
      ...years.flatMap((y) => [
        `${words.visits} ${y}`,
        `${words.adults} ${y}`,
        `${words.children} ${y}`,
      ]),
      words.change,
      words.percent,
      words.note,
    ],
  ];
  for (const m of trends.months) {
    const state = m.current.state === 'over' ? m.previous.state : m.current.state;
    lines.push([
      monthName(m.month, lang),
      ...figureCells(m.current.figures),
      ...figureCells(m.previous.figures),
      ...(m.change ? changeCells(m.change, lang) : [null, null]),
      state === 'over' ? null : words[state],
    ]);
  }
  const { total } = trends;
  lines.push([
    totalLabel(trends, lang),
    ...figureCells(total.current),
    ...figureCells(total.previous),
    ...changeCells(total.change, lang),
    null,
  ]);
  return toCsv(lines, options);
}
