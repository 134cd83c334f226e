// The grant-report table of every centre side by side: one row per country (or municipality), a
// pair of columns (adults, children under 18) per centre, and the consolidated figures as the last
// pair. Each centre's column is that centre's own report; the last is the server's report for all
// centres together, so what is shown as the total is exactly the consolidated table's.
import type { Report } from '../../shared/api/report';

export interface Pair {
  adults: number;
  children: number;
}

export interface SideBySideRow {
  key: string | null;
  name: string;
  /** One pair per centre, in the centres' order; zero where the centre had none. */
  centres: Pair[];
  total: Pair;
}

export interface SideBySide {
  rows: SideBySideRow[];
  /** Each centre's total line, and the consolidated one. */
  totals: { centres: Pair[]; total: Pair };
}

const ZERO: Pair = { adults: 0, children: 0 };
const pairOf = (row: Pair): Pair => ({ adults: row.adults, children: row.children });

/** The side-by-side table from the report for all centres and each centre's own, in order. */
export function sideBySide(all: Report, perCentre: readonly Report[]): SideBySide {
  const rows: SideBySideRow[] = all.rows.map((row) => ({
    key: row.key,
    name: row.name,
    centres: [],
    total: pairOf(row),
  }));
  // A row only a centre has (never, when the server is consistent) still shows, with no total.
  for (const report of perCentre) {
    for (const row of report.rows) {
      if (!rows.some((known) => known.key === row.key)) {
        rows.push({ key: row.key, name: row.name, centres: [], total: ZERO });
      }
    }
  }
  for (const row of rows) {
    row.centres = perCentre.map((report) => {
      const own = report.rows.find((candidate) => candidate.key === row.key);
      return own ? pairOf(own) : ZERO;
    });
  }
  return {
    rows,
    totals: {
      centres: perCentre.map((report) => pairOf(report.totals)),
      total: pairOf(all.totals),
    },
  };
}
