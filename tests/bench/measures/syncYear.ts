// Sync after a year offline: a tablet holding a year of pending visits runs its sync loop (the
// real startSync, in Chromium) against the real server on a SQLite file until a pass has ended
// and every visit is marked synced; then, in the same Chromium, PouchDB replicates the same
// visits as documents from IndexedDB to express-pouchdb. The budget is the ratio of the times. The
// tablet is a Chromium with no Network domain turned on (bareTablet.ts): a debugger's copy of each
// request body would cost more than the sending.
import { join } from 'node:path';
import { TOKENS } from '../../e2e/harness';
import { startServer } from '../../../src/server/server';
import { launchBareTablet } from '../lib/bareTablet';
import { ratioRow, type Measure } from '../lib/measure';
import { round } from '../lib/stats';
import { withTempDir } from '../lib/tempDir';
import type { VisitPlan } from '../lib/visits';
import { startCountingServer } from '../server/countingServer';
import { startPouchServer } from '../server/pouchServer';

const YEAR = { from: '2025-01-01', to: '2025-12-31' };

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
        const plan: VisitPlan = {
          ...YEAR,
          total: sizes.syncVisits,
          seed: 3,
          deviceId: 'tablet-offline',
        };

        log(`seeding ${sizes.syncVisits} pending visits…`);
        await tablet.call('seed', { ...plan, syncState: 'pending' });
        // The floor first, while every visit is still queued.
        const floor = await tablet.call('floorSync', counting.url);
        log(`floor: ${round(floor.ms)} ms for ${floor.bytes} bytes`);
        const ours = await tablet.call('syncAll', server.url, TOKENS.kiosk);
        if (ours.left > 0) {
          throw new Error(
            `${ours.left} visits were still pending after the sync pass: ${ours.lastError ?? 'no error reported'}`,
          );
        }
        const onServer = (
          await server.store.visitsBetween(YEAR.from, YEAR.to, { includeVoided: true })
        ).length;
        log(`ours: ${round(ours.ms)} ms, ${onServer} visits on the server`);

        log(`seeding ${sizes.syncVisits} PouchDB documents…`);
        const docs = await tablet.call('pouchSeed', plan);
        if (docs !== sizes.syncVisits)
          throw new Error(`PouchDB holds ${docs} documents, not ${sizes.syncVisits}.`);
        const theirs = await tablet.call('pouchReplicate', `${pouch.url}/visits`);
        if (!theirs.ok || theirs.written !== sizes.syncVisits) {
          throw new Error(`PouchDB replicated ${theirs.written} of ${sizes.syncVisits} documents.`);
        }
        log(`PouchDB: ${round(theirs.ms)} ms`);

        const count = sizes.syncVisits.toLocaleString('en-GB');
        return [
          {
            what: `sync ${count} pending visits to our server`,
            value: round(ours.ms),
            unit: 'ms',
            note: 'startSync until the pass ends, every visit marked synced; server on a SQLite file',
          },
          {
            what: `PouchDB replicating ${count} documents`,
            value: round(theirs.ms),
            unit: 'ms',
            note: `pouchdb-browser (IndexedDB) to express-pouchdb (in memory), batch_size ${theirs.batchSize}`,
          },
          ratioRow({
            what: 'sync time, ours ÷ floor',
            ours: ours.ms,
            floor: floor.ms,
            floorIs: 'queue read, one request to a counting server',
            budget: 'syncVersusFloor',
            note: `floor: every queued record in one getAll, sent as one body of ${round(floor.bytes / 1e6)} MB to a server that only counts it`,
          }),
          {
            what: 'sync time, ours ÷ PouchDB',
            value: round(ours.ms / theirs.ms),
            unit: '× PouchDB',
            figure: `${round(ours.ms)} ms`,
            floor: `${round(theirs.ms)} ms (PouchDB)`,
            budget: 'syncVersusPouchDB',
          },
          {
            what: 'visits lost or doubled by sync',
            value: Math.abs(sizes.syncVisits - onServer),
            unit: 'visits',
            mustBeAtMost: 0,
          },
        ];
      } finally {
        for (const close of started.reverse()) await close();
      }
    }),
};
