// The page the benchmarks drive in Chromium. It bundles the tablet's own data and sync modules
// (src/app/data, src/app/sync: the code the kiosk ships, on the same Dexie database with strict
// durability) and offers the measured actions on window.velkommenBench, so nothing in src/ has
// to expose anything for the benchmarks. PouchDB, the comparison for sync, loads only when asked.
import { recordCheckInDurably, startCheckInWorker } from '../../../src/app/data/checkInThread';
import type { StoredVisit } from '../../../src/app/data/db';
import { db } from '../../../src/app/data/db';
import { unsyncedCount, visitsBetween } from '../../../src/app/data/exports';
import { enqueue, MAX_BATCH } from '../../../src/app/data/outbox';
import { dayStats } from '../../../src/app/data/stats';
import { savePairing } from '../../../src/app/data/syncSettings';
import { createSyncStatusStore } from '../../../src/app/sync/status';
import { startSync } from '../../../src/app/sync/syncLoop';
import { CSV_TYPE } from '../../../src/app/ui/reports/download';
import { DEFAULT_FEATURED_COUNTRIES } from '../../../src/shared/countries';
import { DEFAULT_FEATURED_MUNICIPALITIES } from '../../../src/shared/municipalities';
import { localDate } from '../../../src/shared/time';
import { visitLogCsv } from '../../../src/shared/reports/visitLog';
import type { BenchPageApi, ClickOutcome, SeedPlan } from '../lib/pageApi';
import { putOnWorker, readBetween, readDays, sendOutboxOnce, unparseBetween } from './floors';
import { randomFrom, visitChunks } from '../lib/visits';
import type { VisitPlan } from '../lib/visits';

const SEED_CHUNK = 5_000;

/** What an action reports about its result, and when it ended on this page's clock. */
type Action = () => Promise<{ detail: number; endedAt: number }>;

let armed: Action | null = null;
let lastClick: Promise<ClickOutcome> | null = null;

const button = document.getElementById('go');
if (button === null) throw new Error('The bench page has no #go button.');
// Timing starts at the tap itself (the event's time stamp, on the same clock as performance.now),
// so the wait for the main thread to take the click counts too.
button.addEventListener('click', (event) => {
  const action = armed;
  armed = null;
  if (action === null) return;
  const tappedAt = event.timeStamp;
  const handledAt = performance.now();
  lastClick = action().then(({ detail, endedAt }) => ({
    ms: endedAt - tappedAt,
    delivery: handledAt - tappedAt,
    heard: performance.now() - tappedAt,
    detail,
  }));
});

async function seed(plan: SeedPlan): Promise<number> {
  let written = 0;
  for (const chunk of visitChunks(plan, SEED_CHUNK)) {
    const rows = chunk.map((visit, i): StoredVisit => ({
      ...visit,
      localDate: localDate(visit.visitedAt),
      // Oldest first, as they would have been recorded.
      recordedAt: Date.parse(visit.visitedAt) + ((written + i) % 1000),
    }));
    // As recordCheckIn writes them: a visit still to be sent is queued in the same transaction.
    await db.transaction('rw', db.visits, db.outbox, async () => {
      await db.visits.bulkAdd(rows);
      if (plan.syncState === 'pending') await enqueue(chunk);
    });
    written += rows.length;
  }
  return written;
}

function armCheckIn(seed: number): void {
  const random = randomFrom(seed);
  const country = DEFAULT_FEATURED_COUNTRIES[Math.floor(random() * 16)] ?? null;
  const municipality = DEFAULT_FEATURED_MUNICIPALITIES[Math.floor(random() * 12)] ?? null;
  const children = Math.floor(random() * 3);
  // What the kiosk's confirm does (KioskFlow): one check-in with a partyId made once, written on
  // the check-in worker; it ends when that worker's transaction has committed.
  armed = async () => {
    const { visits, committedAt } = await recordCheckInDurably({
      partyId: crypto.randomUUID(),
      kind: 'visitor',
      country,
      municipality,
      adult: true,
      children,
    });
    return { detail: visits.length, endedAt: committedAt };
  };
}

function armFloorPut(): void {
  armed = async () => ({ detail: 1, endedAt: await putOnWorker() });
}

function armFloorCsv(from: string, to: string): void {
  armed = async () => ({ detail: await unparseBetween(from, to), endedAt: performance.now() });
}

function armVisitLogExport(from: string, to: string): void {
  // What the staff view's "visit log, CSV" button does (ReportsView.exportFile) up to the Blob;
  // only the hidden <a download> click that hands it to the browser is left out.
  armed = async () => {
    const visits = await visitsBetween(from, to, { includeVoided: false });
    const blob = new Blob([visitLogCsv(visits, 'da')], { type: CSV_TYPE });
    if (blob.size === 0) throw new Error('The export made an empty file.');
    return { detail: visits.length, endedAt: performance.now() };
  };
}

// What the staff view's "today" asks for each time a check-in is saved (TodayView, a live query).
async function todaysFigures(days: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const day of days) {
    const start = performance.now();
    await dayStats(day);
    times.push(performance.now() - start);
  }
  return times;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function syncAll(endpoint: string, token: string) {
  await savePairing({ endpoint, token });
  // The loop's own reports only: a status that followed storage would add reads of its own.
  const status = createSyncStatusStore(() => () => undefined);
  let sawSyncing = false;
  const passEnded = new Promise<void>((resolve) => {
    status.subscribe((now) => {
      if (now.syncing) sawSyncing = true;
      else if (sawSyncing) resolve();
    });
  });
  const start = performance.now();
  const stop = startSync({
    status,
    window: null,
    document: null,
    pairFromAddressBar: false,
  });
  await passEnded;
  const ms = performance.now() - start;
  await stop();
  const left = await unsyncedCount();
  return { ms, left, lastError: status.getStatus().lastError?.message ?? null };
}

async function pouchDatabase() {
  const { default: PouchDB } = await import('pouchdb-browser');
  return { PouchDB, local: new PouchDB('bench-visits') };
}

// Each round starts from an empty database, as ours starts from an outbox of that round's visits.
async function pouchSeed(plan: VisitPlan): Promise<number> {
  await (await pouchDatabase()).local.destroy();
  const { local } = await pouchDatabase();
  for (const chunk of visitChunks(plan, 1_000)) {
    await local.bulkDocs(chunk.map((visit) => ({ _id: visit.id, ...visit })));
  }
  return (await local.info()).doc_count;
}

// Batches as large as the outbox's, where PouchDB's default is 100: the fairer comparison.
async function pouchReplicate(remote: string) {
  const { PouchDB, local } = await pouchDatabase();
  const start = performance.now();
  const result = await PouchDB.replicate(local, remote, { batch_size: MAX_BATCH });
  const ms = performance.now() - start;
  return { ms, written: result.docs_written, ok: result.ok, batchSize: MAX_BATCH };
}

const api: BenchPageApi = {
  seed,
  armCheckIn,
  armVisitLogExport,
  lastClick: async () => {
    if (armed !== null || lastClick === null) throw new Error('The armed action was not clicked.');
    try {
      return await lastClick;
    } catch (error) {
      throw new Error(`The clicked action failed: ${messageOf(error)}`);
    }
  },
  todaysFigures,
  syncAll,
  armFloorPut,
  armFloorCsv,
  floorReadDays: readDays,
  floorReadBetween: readBetween,
  floorSync: sendOutboxOnce,
  pouchSeed,
  pouchReplicate,
};

Reflect.set(globalThis, 'velkommenBench', api);
// The database is opened and the check-in worker started before the first measurement, as on a
// kiosk that has been running.
await db.open();
startCheckInWorker();
Reflect.set(globalThis, 'velkommenBenchReady', true);
