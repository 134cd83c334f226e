// The grant-report table of API.md: visitors' visits counted by country (or municipality) and age
// group. The server counts in SQL and the tablet with countVisits (by the shared tally), and both hand the counts to
// buildReport, so the rows, their order and the CSV are the same whichever side made them.
import { reportCountryName } from '../countryNames';
import { toCsv } from '../csv';
import type { CsvCell, CsvOptions } from '../csv';
import { municipalityByCode } from '../municipalities';
import { compareKeys, tally } from './tally';
import type { AgeCount } from './tally';
import type { Visit } from '../visit';
import type { Report, ReportLang, ReportRow, ReportTable } from '../api/report';
import { OTHER_KEY } from '../api/report';

/** Visits for one key: a country or municipality code, or null for "not said". */
export interface GroupCount extends AgeCount {
  key: string | null;
}

const WORDS = {
  da: {
    other: 'Andre lande',
    notStated: 'Ikke oplyst',
    countries: 'Oprindelsesland',
    municipalities: 'Hjemkommune',
    adults: 'Voksne',
    children: 'Børn under 18 år',
    total: 'Totalt antal brugere',
  },
  en: {
    other: 'Other countries',
    notStated: 'Not stated',
    countries: 'Country of origin',
    municipalities: 'Home municipality',
    adults: 'Adults',
    children: 'Children under 18',
    total: 'Total users',
  },
} as const;

export interface ReportInput {
  from: string;
  to: string;
  table: ReportTable;
  counts: readonly GroupCount[];
  volunteers: number;
  /**
   * Countries to list first, in this order, each with a row even when zero; every other country
   * is then summed in one "other" row. Only for the countries table (ignored for municipalities);
   * an empty list is the same as none.
   */
  countries?: readonly string[];
  lang: ReportLang;
}

/**
 * The report's rows and totals. Without `countries`, every key with a visit gets a row, most
 * visits first, ties by code. The "other" and null rows appear only when not zero, null last.
 */
export function buildReport(input: ReportInput): Report {
  const { table, lang } = input;
  const byKey = mergeCounts(input.counts);
  const notStated = byKey.get(null);
  byKey.delete(null);

  const rows: ReportRow[] = [];
  const named = table === 'countries' ? [...new Set(input.countries ?? [])] : [];
  if (named.length > 0) {
    for (const code of named) {
      const count = byKey.get(code);
      rows.push(row(table, code, count?.adults ?? 0, count?.children ?? 0, lang));
      byKey.delete(code);
    }
    let adults = 0;
    let children = 0;
    for (const count of byKey.values()) {
      adults += count.adults;
      children += count.children;
    }
    if (adults + children > 0) rows.push(row(table, OTHER_KEY, adults, children, lang));
  } else {
    const withVisits = [...byKey.entries()]
      .filter(([, count]) => count.adults + count.children > 0)
      .sort(([keyA, a], [keyB, b]) => {
        const byVisits = b.adults + b.children - (a.adults + a.children);
        return byVisits !== 0 ? byVisits : compareKeys(keyA, keyB);
      });
    for (const [key, count] of withVisits) {
      rows.push(row(table, key, count.adults, count.children, lang));
    }
  }
  if (notStated && notStated.adults + notStated.children > 0) {
    rows.push(row(table, null, notStated.adults, notStated.children, lang));
  }

  const adults = rows.reduce((sum, r) => sum + r.adults, 0);
  const children = rows.reduce((sum, r) => sum + r.children, 0);
  return {
    from: input.from,
    to: input.to,
    table,
    rows,
    totals: { adults, children, visits: adults + children, volunteers: input.volunteers },
  };
}

/**
 * The name a report row shows: a country in `lang` (from the generated table, the same on every
 * runtime), or a municipality's official Danish name.
 */
function reportRowName(table: ReportTable, key: string | null, lang: ReportLang): string {
  if (key === null) return WORDS[lang].notStated;
  if (table === 'countries') {
    return key === OTHER_KEY ? WORDS[lang].other : reportCountryName(key, lang);
  }
  return municipalityByCode(key)?.name ?? key;
}

/**
 * The same counting as the server's SQL, for the tablet: the tally's visits by key and age group,
 * and its volunteers' days. Counts come sorted by key, null last.
 */
export function countVisits(
  visits: Iterable<Visit>,
  table: ReportTable,
): { counts: GroupCount[]; volunteers: number } {
  const byKey = new Map<string | null, GroupCount>();
  const { volunteers } = tally(visits, (visit, bucket) => {
    const key = table === 'countries' ? visit.country : visit.municipality;
    let count = byKey.get(key);
    if (!count) {
      count = { key, adults: 0, children: 0 };
      byKey.set(key, count);
    }
    count[bucket] += 1;
  });
  const counts = [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
  return { counts, volunteers };
}

/**
 * The report in the layout of the ministry's status report: a header, one line a row (name,
 * adults, children), and the totals last. Names and header are in `lang`.
 */
export function reportCsv(report: Report, lang: ReportLang, options?: CsvOptions): string {
  const words = WORDS[lang];
  const lines: CsvCell[][] = [[words[report.table], words.adults, words.children]];
  for (const r of report.rows) {
    lines.push([reportRowName(report.table, r.key, lang), r.adults, r.children]);
  }
  lines.push([words.total, report.totals.adults, report.totals.children]);
  return toCsv(lines, options);
}

function row(
  table: ReportTable,
  key: string | null,
  adults: number,
  children: number,
  lang: ReportLang,
): ReportRow {
  return { key, name: reportRowName(table, key, lang), adults, children };
}

// One entry per key even if a caller handed in the same key twice.
function mergeCounts(counts: readonly GroupCount[]): Map<string | null, GroupCount> {
  const byKey = new Map<string | null, GroupCount>();
  for (const { key, adults, children } of counts) {
    const seen = byKey.get(key);
    if (seen) {
      seen.adults += adults;
      seen.children += children;
    } else {
      byKey.set(key, { key, adults, children });
    }
  }
  return byKey;
}
