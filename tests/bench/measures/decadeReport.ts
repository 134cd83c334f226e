// The grant report over ten centres' decade: 10,000,000 visits (ten centres, 2016 to 2025; fewer
// in a smoke run, or as BENCH_DECADE_VISITS says) on one server, in a SQLite file and in a
// PostgreSQL database when one is given, made by the database itself (lib/decadeVisits.ts) in the
// schema of the product's own migrations. Then GET /api/v1/report over the whole decade, as a
// coordinator asks for the ten years' figures, against a plain GROUP BY of the same rows.
import { ratioRow, type Measure, type Row } from '../lib/measure';
import { CENTRES, DECADE, writeDecade } from '../lib/decadeVisits';
import { onBothEngines, withPlace } from '../lib/engines';
import { TABLES, timeReports } from '../lib/report';
import { median, round, spread } from '../lib/stats';
import { withTempDir } from '../lib/tempDir';

export const decadeReport: Measure = {
  name: 'decade',
  run: ({ sizes, log }) =>
    onBothEngines((engine) =>
      withTempDir('decade', (dir) =>
        withPlace(engine, dir, async (place) => {
          const visits = sizes.decadeVisits;
          // The product's store makes the schema, through its own migrations.
          await (await place.open()).close();
          log(`${engine}: writing ${visits.toLocaleString('en-GB')} visits in the database…`);
          const began = performance.now();
          const db = await place.connect();
          try {
            await writeDecade(engine, db, visits, log);
            const [held] = await db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM visits');
            if (Number(held?.n) !== visits) {
              throw new Error(`The database holds ${String(held?.n)} visits, not ${visits}.`);
            }
          } finally {
            await db.close();
          }
          const fillSeconds = round((performance.now() - began) / 1000);
          log(`written in ${fillSeconds} s`);

          const times = await timeReports(place, DECADE, sizes.decadeRuns);
          const rows: Row[] = [];
          for (const table of TABLES) {
            const { first, ours, floor } = times.get(table) ?? { first: 0, ours: [], floor: [] };
            log(
              `${engine}, decade (${table}): first ${round(first)} ms, median ${round(median(ours))} ms, ` +
                `floor ${round(median(floor))} ms`,
            );
            rows.push(
              ratioRow({
                what: `GET /api/v1/report (${table}), ${CENTRES} centres' decade, ${visits.toLocaleString('en-GB')} visits, median`,
                ours: median(ours),
                floor: median(floor),
                floorIs: 'a plain GROUP BY',
                budget: 'reportDecadeOfTenCentres',
                note: `first request ${round(first)} ms, then ${spread(ours)}; floor ${spread(floor)}; database written in ${fillSeconds} s`,
              }),
            );
          }
          return rows;
        }),
      ),
    ),
};
