// Sync after a year offline: a tablet holding a year of pending visits runs its sync loop (the
// real startSync, in Chromium) against the real server on a SQLite file until a pass has ended
// and every visit is marked synced; then, in the same Chromium, PouchDB replicates the same
// visits as documents from IndexedDB to express-pouchdb. The three take turns for a few rounds,
// each round with a year of visits of its own, and the medians are compared: PouchDB alone moved
// from 8.7 to 20 s between runs. The tablet is a Chromium with no Network domain turned on
// (bareTablet.ts): a debugger's copy of each request body would cost more than the sending.
import { join } from 'node:path';
import { TOKENS } from '../../e2e/harness';
import { startServer } from '../../../src/server/server';
import { launchBareTablet, type BareTablet } from '../lib/bareTablet';
import { ratioRow, type Measure, type MeasureContext } from '../lib/measure';
import { median, round } from '../lib/stats';
import { withTempDir } from '../lib/tempDir';
import type { VisitPlan } from '../lib/visits';
import { startCountingServer, type CountingServer } from '../server/countingServer';
import { startPouchServer } from '../server/pouchServer';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };

interface RoundTimes {
  ours: number;
  theirs: number;
  floor: number;
  bytes: number;
  batchSize: number;
}

interface SyncRound {
  tablet: BareTablet;
  server: { url: string };
  counting: CountingServer;
  /** PouchDB's database on express-pouchdb for this round, new each time. */
  remote: string;
  sizes: MeasureContext['sizes'];
  log: MeasureContext['log'];
  turn: number;
}

/**
 * One turn of each: a year of new visits queued, read and sent by the floor, delivered by the sync
 * loop, then the same visits as PouchDB documents replicated. A round's own seed gives it visits
 * of its own, so the server stores every round anew rather than answering retries.
 */
async function syncRound({
  tablet,
  server,
  counting,
  remote,
  sizes,
  log,
  turn,
}: SyncRound): Promise<RoundTimes> {
  const plan: VisitPlan = {
    ...YEAR,
    total: sizes.syncVisits,
    seed: 3 + turn,
    deviceId: 'tablet-offline',
  };
  log(`round ${turn + 1}: seeding ${sizes.syncVisits} pending visits…`);
  await tablet.call('seed', { ...plan, syncState: 'pending' });
  // The floor first, while every visit is still queued.
  const floor = await tablet.call('floorSync', counting.url);
  const ours = await tablet.call('syncAll', server.url, TOKENS.kiosk);
  if (ours.left > 0) {
    throw new Error(
      `${ours.left} visits were still pending after the sync pass: ${ours.lastError ?? 'no error reported'}`,
    );
  }
  const docs = await tablet.call('pouchSeed', plan);
  if (docs !== sizes.syncVisits)
    throw new Error(`PouchDB holds ${docs} documents, not ${sizes.syncVisits}.`);
  const theirs = await tablet.call('pouchReplicate', remote);
  if (!theirs.ok || theirs.written !== sizes.syncVisits) {
    throw new Error(`PouchDB replicated ${theirs.written} of ${sizes.syncVisits} documents.`);
  }
  log(
    `round ${turn + 1}: floor ${round(floor.ms)} ms, ours ${round(ours.ms)} ms, PouchDB ${round(theirs.ms)} ms`,
  );
  return {
    ours: ours.ms,
    theirs: theirs.ms,
    floor: floor.ms,
    bytes: floor.bytes,
    batchSize: theirs.batchSize,
  };
}

export const syncYear: Measure = {
  name: 'sync',
  run: (context) =>
    withTempDir('sync', async (dir) => {
      const { sizes, log } = context;
      const built = await context.benchPage();
      // Whatever started is closed, in the reverse order, also when a later start fails.
      const started: (() => Promise<void>)[] = [];
      try {
        const server = await startServer({
          port: 0,
          hostname: '127.0.0.1',
          distDir: built.dir,
          dbPath: join(dir, 'velkommen.db'),
          log: false,
          tokens: TOKENS,
          // A year of visits from one tablet, all at once: older than a tablet may send by default.
          maxVisitAgeDays: 36_500,
        });
        started.push(() => server.close());
        const pouch = await startPouchServer();
        started.push(() => pouch.close());
        const counting = await startCountingServer();
        started.push(() => counting.close());
        const tablet = await launchBareTablet(server.url);
        started.push(() => tablet.close());
        const times: RoundTimes[] = [];
        for (let turn = 0; turn < sizes.syncRounds; turn++) {
          const remote = `${pouch.url}/visits-${turn}`;
          times.push(await syncRound({ tablet, server, counting, remote, sizes, log, turn }));
          // The round's documents are not kept in the comparison server's memory for the next.
          const dropped = await fetch(remote, { method: 'DELETE' });
          if (!dropped.ok) throw new Error(`express-pouchdb kept ${remote}: ${dropped.status}.`);
        }
        const onServer = (
          await server.store.visitsBetween(YEAR.from, YEAR.to, { includeVoided: true })
        ).length;
        const sent = sizes.syncVisits * sizes.syncRounds;
        const [ours, theirs, floor] = [
          median(times.map((time) => time.ours)),
          median(times.map((time) => time.theirs)),
          median(times.map((time) => time.floor)),
        ];
        const each = (pick: (time: RoundTimes) => number) =>
          times.map((time) => round(pick(time))).join(', ');
        const count = sizes.syncVisits.toLocaleString('en-GB');
        return [
          {
            what: `sync ${count} pending visits to our server`,
            value: round(ours),
            unit: 'ms',
            note: `median of ${times.length} rounds (${each((t) => t.ours)} ms): startSync until the pass ends, every visit marked synced; server on a SQLite file`,
          },
          {
            what: `PouchDB replicating ${count} documents`,
            value: round(theirs),
            unit: 'ms',
            note: `median of ${times.length} rounds (${each((t) => t.theirs)} ms): pouchdb-browser (IndexedDB) to express-pouchdb (in memory), batch_size ${times[0]?.batchSize ?? '?'}`,
          },
          ratioRow({
            what: 'sync time, ours ÷ floor',
            ours,
            floor,
            floorIs: 'queue read, one request to a counting server',
            budget: 'syncVersusFloor',
            note: `medians of ${times.length} rounds; floor ${each((t) => t.floor)} ms: every queued record in one getAll, sent as one body of ${round((times[0]?.bytes ?? 0) / 1e6)} MB to a server that only counts it`,
          }),
          {
            what: 'sync time, ours ÷ PouchDB',
            value: round(ours / theirs),
            unit: '× PouchDB',
            figure: `${round(ours)} ms`,
            floor: `${round(theirs)} ms (PouchDB)`,
            budget: 'syncVersusPouchDB',
            note: `medians of ${times.length} rounds taken in turns; each round alone ${each((t) => t.ours / t.theirs)} ×`,
          },
          {
            what: 'visits lost or doubled by sync',
            value: Math.abs(sent - onServer),
            unit: 'visits',
            mustBeAtMost: 0,
            note: `${onServer} on the server of ${sent} sent in ${times.length} rounds`,
          },
        ];
      } finally {
        for (const close of started.reverse()) await close();
      }
    }),
};
