// The grant report on a big server: a SQLite file holding 1,000,000 visits (ten tablets, ten
// years, 2016 to 2025), written through the store's own putVisits in large transactions, then
// GET /api/v1/report for 2025 from the real server on that file, as a coordinator asks for it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { distDir, TOKENS } from '../../e2e/harness';
import { startServer } from '../../../src/server/server';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { CENTRE_TIME_ZONE } from '../../../src/shared/time';
import { ratioRow, type Measure, type Row } from '../lib/measure';
import { median, round, spread } from '../lib/stats';
import { withTempDir } from '../lib/tempDir';
import { visitChunks } from '../lib/visits';

const TABLETS = 10;
const INSERT_CHUNK = 50_000;
const TABLES = ['countries', 'municipalities'] as const;

async function fill(dbPath: string, visits: number): Promise<number> {
  const store = openSqliteStore(dbPath, { timeZone: CENTRE_TIME_ZONE });
  let written = 0;
  try {
    for (let tablet = 0; tablet < TABLETS; tablet++) {
      const plan = {
        from: '2016-01-01',
        to: '2025-12-31',
        total:
          Math.floor(((tablet + 1) * visits) / TABLETS) - Math.floor((tablet * visits) / TABLETS),
        seed: 100 + tablet,
        deviceId: `centre-${tablet}`,
      };
      for (const chunk of visitChunks(plan, INSERT_CHUNK)) {
        written += (await store.putVisits(chunk)).stored.length;
      }
    }
  } finally {
    await store.close();
  }
  return written;
}

async function timedReport(url: string, table: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(
    `${url}/api/v1/report?from=2025-01-01&to=2025-12-31&table=${table}`,
    {
      headers: { Authorization: `Bearer ${TOKENS.coordinator}` },
    },
  );
  const body = await response.text();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`The report answered ${response.status}: ${body}`);
  return ms;
}

/**
 * The floor: a plain GROUP BY of the year's rows by the table's column, on its own connection to
 * the same file, timed as the report is (median of `runs` after a first one).
 */
function plainGroupBy(dbPath: string, table: (typeof TABLES)[number], runs: number): number[] {
  const column = table === 'countries' ? 'country' : 'municipality';
  const db = new Database(dbPath, { readonly: true });
  try {
    const query = db.prepare<[string, string]>(
      `SELECT ${column}, COUNT(*) FROM visits WHERE local_date BETWEEN ? AND ? GROUP BY ${column}`,
    );
    query.all('2025-01-01', '2025-12-31');
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      query.all('2025-01-01', '2025-12-31');
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    db.close();
  }
}

export const bigReport: Measure = {
  name: 'report',
  run: ({ sizes, log }) =>
    withTempDir('report', async (dir) => {
      const dbPath = join(dir, 'velkommen.db');
      log(`writing ${sizes.reportVisits} visits through putVisits…`);
      const began = performance.now();
      const written = await fill(dbPath, sizes.reportVisits);
      if (written !== sizes.reportVisits) {
        throw new Error(`The store holds ${written} visits, not ${sizes.reportVisits}.`);
      }
      const fillSeconds = round((performance.now() - began) / 1000);
      log(`written in ${fillSeconds} s`);

      const server = await startServer({
        port: 0,
        hostname: '127.0.0.1',
        distDir,
        dbPath,
        log: false,
        tokens: TOKENS,
      });
      try {
        const rows: Row[] = [];
        for (const table of TABLES) {
          const first = await timedReport(server.url, table);
          const times: number[] = [];
          for (let run = 0; run < sizes.reportRuns; run++) {
            times.push(await timedReport(server.url, table));
          }
          const floor = plainGroupBy(dbPath, table, sizes.reportRuns);
          log(
            `report (${table}): first ${round(first)} ms, median ${round(median(times))} ms, ` +
              `floor ${round(median(floor))} ms`,
          );
          rows.push(
            ratioRow({
              what: `GET /api/v1/report (${table}), 2025 of ${sizes.reportVisits.toLocaleString('en-GB')} visits, median`,
              ours: median(times),
              floor: median(floor),
              floorIs: 'a plain GROUP BY',
              budget: 'reportOneYearOfMillion',
              note: `first request ${round(first)} ms, then ${spread(times)}; floor ${spread(floor)}; database written in ${fillSeconds} s`,
            }),
          );
        }
        return rows;
      } finally {
        await server.close();
      }
    }),
};
