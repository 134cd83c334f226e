// Timing the grant report as a coordinator asks for it (GET /api/v1/report from the real server on
// a place's database) against its floor, a plain GROUP BY of the same rows on a connection of its
// own, the two taking turns so a busy moment falls on both. The municipality's coordinator token
// reads every centre; one centre's coordinator token reads its own, and its floor only its rows.
import { distDir, TOKENS } from '../../e2e/harness';
import { startServer } from '../../../src/server/server';
import type { Place, PlainConnection } from './engines';

export const TABLES = ['countries', 'municipalities'] as const;
export type Table = (typeof TABLES)[number];

export interface DateRange {
  from: string;
  to: string;
}

/** Who asks for the report: the municipality (every centre), or one centre's coordinator. */
export type Asker = { centre: null } | { centre: { id: string; token: string } };

export const MUNICIPALITY: Asker = { centre: null };

async function timedReport(
  url: string,
  range: DateRange,
  table: Table,
  asker: Asker,
): Promise<number> {
  const token = asker.centre === null ? TOKENS.coordinator : asker.centre.token;
  const start = performance.now();
  const response = await fetch(
    `${url}/api/v1/report?from=${range.from}&to=${range.to}&table=${table}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  const body = await response.text();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`The report answered ${response.status}: ${body}`);
  return ms;
}

/** The floor: the range's rows (of the asker's centre) counted by the table's column, no more. */
async function timedGroupBy(
  db: PlainConnection,
  range: DateRange,
  table: Table,
  asker: Asker,
): Promise<number> {
  const column = table === 'countries' ? 'country' : 'municipality';
  const [where, params] =
    asker.centre === null
      ? ['local_date BETWEEN ? AND ?', [range.from, range.to]]
      : ['centre_id = ? AND local_date BETWEEN ? AND ?', [asker.centre.id, range.from, range.to]];
  const start = performance.now();
  await db.all(`SELECT ${column}, COUNT(*) FROM visits WHERE ${where} GROUP BY ${column}`, params);
  return performance.now() - start;
}

export interface ReportTimes {
  /** The first report, before anything was read into memory; not counted. */
  first: number;
  ours: number[];
  floor: number[];
}

/**
 * `runs` reports of each table over `range`, as `asker` asks, and as many plain GROUP BYs, taking
 * turns, after one of each that is not counted.
 */
export async function timeReports(
  place: Place,
  range: DateRange,
  runs: number,
  asker: Asker = MUNICIPALITY,
): Promise<Map<Table, ReportTimes>> {
  const server = await startServer({
    port: 0,
    hostname: '127.0.0.1',
    distDir,
    dbPath: place.dbPath,
    ...(place.databaseUrl === undefined ? {} : { databaseUrl: place.databaseUrl }),
    log: false,
    tokens: TOKENS,
  });
  const db = await place.connect();
  try {
    const times = new Map<Table, ReportTimes>();
    for (const table of TABLES) {
      const first = await timedReport(server.url, range, table, asker);
      await timedGroupBy(db, range, table, asker);
      const ours: number[] = [];
      const floor: number[] = [];
      for (let run = 0; run < runs; run++) {
        ours.push(await timedReport(server.url, range, table, asker));
        floor.push(await timedGroupBy(db, range, table, asker));
      }
      times.set(table, { first, ours, floor });
    }
    return times;
  } finally {
    await db.close();
    await server.close();
  }
}
