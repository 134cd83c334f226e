// The grant report on a big server: a SQLite file holding 1,000,000 visits (ten tablets, ten
// years, 2016 to 2025), written through the store's own putVisits in large transactions, then
// GET /api/v1/report for 2025 from the real server on that file, as a coordinator asks for it.
import { join } from 'node:path';
import { distDir, TOKENS } from '../../e2e/harness';
import { startServer } from '../../../src/server/server';
import { openSqliteStore } from '../../../src/server/store/sqlite';
import { CENTRE_TIME_ZONE } from '../../../src/shared/time';
import type { Measure, Row } from '../lib/measure';
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
          log(`report (${table}): first ${round(first)} ms, median ${round(median(times))} ms`);
          rows.push({
            what: `GET /api/v1/report (${table}), 2025 of ${sizes.reportVisits.toLocaleString('en-GB')} visits, median`,
            value: round(median(times)),
            unit: 'ms',
            budget: 'reportOneYearOfMillion',
            note: `first request ${round(first)} ms, then ${spread(times)}; database written in ${fillSeconds} s`,
          });
        }
        return rows;
      } finally {
        await server.close();
      }
    }),
};
