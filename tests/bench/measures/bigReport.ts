// The grant report on a big server: 1,000,000 visits (ten tablets, ten years, 2016 to 2025) in a
// SQLite file, and in a PostgreSQL database when one is given, written through the store's own
// putVisits in large transactions, then GET /api/v1/report for 2025 from the real server on it,
// as a coordinator asks for it.
import { ratioRow, type Measure, type Row } from '../lib/measure';
import { onBothEngines, withPlace, type Place } from '../lib/engines';
import { TABLES, timeReports } from '../lib/report';
import { median, round, spread } from '../lib/stats';
import { withTempDir } from '../lib/tempDir';
import { visitChunks } from '../lib/visits';

const TABLETS = 10;
const INSERT_CHUNK = 50_000;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

async function fill(place: Place, visits: number): Promise<number> {
  const store = await place.open();
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

export const bigReport: Measure = {
  name: 'report',
  run: ({ sizes, log }) =>
    onBothEngines((engine) =>
      withTempDir('report', (dir) =>
        withPlace(engine, dir, async (place) => {
          log(`${engine}: writing ${sizes.reportVisits} visits through putVisits…`);
          const began = performance.now();
          const written = await fill(place, sizes.reportVisits);
          if (written !== sizes.reportVisits) {
            throw new Error(`The store holds ${written} visits, not ${sizes.reportVisits}.`);
          }
          const fillSeconds = round((performance.now() - began) / 1000);
          log(`written in ${fillSeconds} s`);

          const times = await timeReports(place, YEAR, sizes.reportRuns);
          const rows: Row[] = [];
          for (const table of TABLES) {
            const { first, ours, floor } = times.get(table) ?? { first: 0, ours: [], floor: [] };
            log(
              `${engine}, report (${table}): first ${round(first)} ms, median ${round(median(ours))} ms, ` +
                `floor ${round(median(floor))} ms`,
            );
            rows.push(
              ratioRow({
                what: `GET /api/v1/report (${table}), 2025 of ${sizes.reportVisits.toLocaleString('en-GB')} visits, median`,
                ours: median(ours),
                floor: median(floor),
                floorIs: 'a plain GROUP BY',
                budget: 'reportOneYearOfMillion',
                note: `first request ${round(first)} ms, then ${spread(ours)}; floor ${spread(floor)}; database written in ${fillSeconds} s`,
              }),
            );
          }
          return rows;
        }),
      ),
    ),
};
