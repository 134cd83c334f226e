// The grant report over ten centres' decade: 10,000,000 visits (ten centres, 2016 to 2025; fewer
// in a smoke run, or as BENCH_DECADE_VISITS says) on one server, in a SQLite file and in a
// PostgreSQL database when one is given, made by the database itself (lib/decadeVisits.ts) in the
// schema of the product's own migrations, each visit in one of ten centres made in the product's
// store first (the first centre and nine more). Then GET /api/v1/report over the whole decade as
// the municipality asks for it (every centre, no centre parameter) against a plain GROUP BY of the
// same rows, and as one centre's coordinator asks for it (that centre's own token) against a plain
// GROUP BY of that centre's rows.
import { addCentres } from '../lib/centres';
import { CENTRES, DECADE, writeDecade } from '../lib/decadeVisits';
import { onBothEngines, withPlace, type Place } from '../lib/engines';
import {
  ratioRow,
  type BudgetKey,
  type Measure,
  type MeasureContext,
  type Row,
} from '../lib/measure';
import { MUNICIPALITY, TABLES, timeReports, type Asker } from '../lib/report';
import { median, round, spread } from '../lib/stats';
import { withTempDir } from '../lib/tempDir';

/**
 * The ten centres' ids, the first centre's and nine made through the store's own API, and a
 * coordinator token for the second centre, which the one-centre report is asked with.
 */
async function makeCentres(place: Place): Promise<{ ids: string[]; oneCentre: Asker }> {
  const store = await place.open();
  try {
    const now = new Date();
    const ids = await addCentres(store, CENTRES, now);
    const [, id] = ids;
    if (id === undefined) throw new Error('There is no second centre.');
    const { token } = await store.centres.addToken(id, 'bench', now);
    return { ids, oneCentre: { centre: { id, token } } };
  } finally {
    await store.close();
  }
}

/** Every visit is of one of the ten centres, and each centre holds a tenth. */
async function checkCentres(place: Place, ids: readonly string[], visits: number): Promise<void> {
  const db = await place.connect();
  try {
    const held = await db.all<{ centre_id: string; n: number | string }>(
      'SELECT centre_id, COUNT(*) AS n FROM visits GROUP BY centre_id',
    );
    const total = held.reduce((sum, row) => sum + Number(row.n), 0);
    const strays = held.filter((row) => !ids.includes(row.centre_id));
    const uneven = held.filter((row) => Math.abs(Number(row.n) - visits / CENTRES) > 1);
    if (total !== visits || held.length !== CENTRES || strays.length > 0 || uneven.length > 0) {
      throw new Error(`The database holds ${JSON.stringify(held)}, not ${visits} in ten centres.`);
    }
  } finally {
    await db.close();
  }
}

const ASKED = [
  {
    by: 'the municipality, every centre',
    floorIs: 'a plain GROUP BY',
    budget: 'reportDecadeOfTenCentres',
  },
  {
    by: "one centre's coordinator",
    floorIs: 'a plain GROUP BY WHERE centre_id = ?',
    budget: 'reportDecadeOneCentre',
  },
] as const satisfies readonly { by: string; floorIs: string; budget: BudgetKey }[];

async function decadeOn(place: Place, { sizes, log }: MeasureContext): Promise<Row[]> {
  const visits = sizes.decadeVisits;
  const { ids, oneCentre } = await makeCentres(place);
  log(`${place.engine}: writing ${visits.toLocaleString('en-GB')} visits in the database…`);
  const began = performance.now();
  const db = await place.connect();
  try {
    await writeDecade(place.engine, db, visits, ids, log);
  } finally {
    await db.close();
  }
  await checkCentres(place, ids, visits);
  const fillSeconds = round((performance.now() - began) / 1000);
  log(`written in ${fillSeconds} s`);

  const rows: Row[] = [];
  const askers = [
    { asker: MUNICIPALITY, ...ASKED[0] },
    { asker: oneCentre, ...ASKED[1] },
  ];
  for (const { asker, by, floorIs, budget } of askers) {
    const times = await timeReports(place, DECADE, sizes.decadeRuns, asker);
    for (const table of TABLES) {
      const { first, ours, floor } = times.get(table) ?? { first: 0, ours: [], floor: [] };
      log(
        `${place.engine}, decade (${table}, ${by}): first ${round(first)} ms, ` +
          `median ${round(median(ours))} ms, floor ${round(median(floor))} ms`,
      );
      rows.push(
        ratioRow({
          what: `GET /api/v1/report (${table}), ${CENTRES} centres' decade, ${visits.toLocaleString('en-GB')} visits, asked by ${by}, median`,
          ours: median(ours),
          floor: median(floor),
          floorIs,
          budget,
          note: `first request ${round(first)} ms, then ${spread(ours)}; floor ${spread(floor)}; database written in ${fillSeconds} s`,
        }),
      );
    }
  }
  return rows;
}

export const decadeReport: Measure = {
  name: 'decade',
  run: (context) =>
    onBothEngines((engine) =>
      withTempDir('decade', (dir) => withPlace(engine, dir, (place) => decadeOn(place, context))),
    ),
};
