// Timing the grant report as a coordinator asks for it (GET /api/v1/report from the real server on
// a place's database) against its floor, a plain GROUP BY of the same rows on a connection of its
// own, the two taking turns so a busy moment falls on both. The municipality's coordinator token
// reads every centre; one centre's coordinator token reads its own, and its floor only its rows.
import { get } from 'node:http';
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

/** GET `url` on a connection of its own; its status and body. */
function getFresh(url: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // No keep-alive: the SQLite floor runs on this process's event loop and holds it for seconds
    // at ten million rows, long enough for the server (here in the same process) to drop a kept
    // connection just as the next report is sent on it. A coordinator's browser asking minutes
    // apart opens a new connection too.
    const request = get(url, { agent: false, headers: { Authorization: `Bearer ${token}` } });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

async function timedReport(
  url: string,
  range: DateRange,
  table: Table,
  asker: Asker,
): Promise<number> {
  const token = asker.centre === null ? TOKENS.coordinator : asker.centre.token;
  const start = performance.now();
  const { status, body } = await getFresh(
    `${url}/api/v1/report?from=${range.from}&to=${range.to}&table=${table}`,
    token,
  );
  const ms = performance.now() - start;
  if (status !== 200) throw new Error(`The report answered ${status}: ${body}`);
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
