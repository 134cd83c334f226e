// The grant-report table for two periods side by side: each row's adults and children under 18 in
// the first period and in the second, and the change in the row's visits. Rows follow the second
// (the later, as a report reads) and then those only the first had; "other countries" and "not
// stated" stay last, as in the report itself.
import type { Report, ReportLang, ReportTable } from '../api/report';
import { OTHER_KEY } from '../api/report';
import { toCsv } from '../csv';
import type { CsvCell, CsvOptions } from '../csv';
import type { Period } from '../periods';
import type { Change } from './change';
import { change, changeCells } from './change';
import type { AgeCount } from './tally';

export interface ComparisonRow {
  key: string | null;
  name: string;
  first: AgeCount;
  second: AgeCount;
  /** The change in the row's visits (adults and children together). */
  change: Change;
}

export interface Comparison {
  table: ReportTable;
  first: Period;
  second: Period;
  rows: ComparisonRow[];
  totals: { first: AgeCount; second: AgeCount; change: Change };
}

const NONE: AgeCount = { adults: 0, children: 0 };

const visitsOf = (count: AgeCount) => count.adults + count.children;

function ageCount(row: AgeCount | undefined): AgeCount {
  return row ? { adults: row.adults, children: row.children } : NONE;
}

/** Rows that close the table in the report, in the report's order. */
const LAST_KEYS: readonly (string | null)[] = [OTHER_KEY, null];

/** The two reports of one table (the same countries listed) set side by side. */
export function compareReports(first: Report, second: Report): Comparison {
  if (first.table !== second.table) {
    throw new RangeError(
      `Only one table can be compared: not ${first.table} with ${second.table}.`,
    );
  }
  const firstRows = new Map(first.rows.map((row) => [row.key, row]));
  const secondRows = new Map(second.rows.map((row) => [row.key, row]));
  const keys = [...secondRows.keys(), ...firstRows.keys()].filter(
    (key) => !LAST_KEYS.includes(key),
  );
  const ordered = [...new Set(keys)];
  for (const key of LAST_KEYS) if (firstRows.has(key) || secondRows.has(key)) ordered.push(key);

  const rows = ordered.map((key): ComparisonRow => {
    const before = ageCount(firstRows.get(key));
    const after = ageCount(secondRows.get(key));
    const name = secondRows.get(key)?.name ?? firstRows.get(key)?.name ?? String(key);
    return {
      key,
      name,
      first: before,
      second: after,
      change: change(visitsOf(before), visitsOf(after)),
    };
  });
  const totals = { first: ageCount(first.totals), second: ageCount(second.totals) };
  return {
    table: first.table,
    first: { from: first.from, to: first.to },
    second: { from: second.from, to: second.to },
    rows,
    totals: { ...totals, change: change(visitsOf(totals.first), visitsOf(totals.second)) },
  };
}

const WORDS = {
  da: {
    countries: 'Oprindelsesland',
    municipalities: 'Hjemkommune',
    adults: 'Voksne',
    children: 'Børn under 18 år',
    change: 'Ændring',
    percent: 'Ændring (%)',
    total: 'Totalt antal brugere',
  },
  en: {
    countries: 'Country of origin',
    municipalities: 'Home municipality',
    adults: 'Adults',
    children: 'Children under 18',
    change: 'Change',
    percent: 'Change (%)',
    total: 'Total users',
  },
} as const;

/** A period as a CSV header names it: "2025-01-01–2025-12-31". */
export function periodLabel(period: Period): string {
  return period.from === period.to ? period.from : `${period.from}–${period.to}`;
}

/**
 * The comparison as CSV in the layout of the ministry's table: the row's name, adults and children
 * of the first period, of the second, the change in visits and its per cent ("new" from nothing),
 * and the totals last. Headers in `lang`; row names as the reports gave them.
 */
export function comparisonCsv(
  comparison: Comparison,
  lang: ReportLang,
  options?: CsvOptions,
): string {
  const words = WORDS[lang];
  const periods = [comparison.first, comparison.second].map(periodLabel);
  const lines: CsvCell[][] = [
    [
      words[comparison.table],
      ...periods.flatMap((label) => [`${words.adults} ${label}`, `${words.children} ${label}`]),
      words.change,
      words.percent,
    ],
  ];
  const line = (name: string, row: Omit<ComparisonRow, 'key' | 'name'>): CsvCell[] => [
    name,
    row.first.adults,
    row.first.children,
    row.second.adults,
    row.second.children,
    ...changeCells(row.change, lang),
  ];
  for (const row of comparison.rows) lines.push(line(row.name, row));
  lines.push(line(words.total, comparison.totals));
  return toCsv(lines, options);
}
