// What the bench page offers the runner (window.velkommenBench). The runner reaches the page
// through Playwright, so every argument and answer is plain JSON.
import type { VisitPlan } from './visits';

export interface SeedPlan extends VisitPlan {
  /** 'synced' for a tablet's history, 'pending' for a tablet that has been offline. */
  syncState: 'pending' | 'synced';
}

export interface ClickOutcome {
  /**
   * From the click event's own time stamp to the armed action's end: for a check-in, the moment
   * its transaction committed (on the check-in worker), for an export the Blob being ready.
   */
  ms: number;
  /** Of that, from the time stamp to the handler running: the browser delivering the input. */
  delivery: number;
  /** From the time stamp to the page's own thread hearing that the action has ended. */
  heard: number;
  /** What the action reports about its result (visits written, bytes made). */
  detail: number;
}

export interface SyncOutcome {
  ms: number;
  /** Visits still not marked synced on the tablet when the loop stopped. */
  left: number;
  lastError: string | null;
}

export interface PouchOutcome {
  ms: number;
  written: number;
  ok: boolean;
  batchSize: number;
}

export interface BenchPageApi {
  /** Writes the plan's visits straight into the tablet's database; returns how many. */
  seed(plan: SeedPlan): Promise<number>;
  /** The next click on #go records one check-in, as the kiosk's confirm does. */
  armCheckIn(seed: number): void;
  /** The next click on #go exports the visit log of the period as CSV, as the staff view does. */
  armVisitLogExport(from: string, to: string): void;
  /** The armed action's outcome, once it has finished. */
  lastClick(): Promise<ClickOutcome>;
  /** The staff view's figures (dayStats) of each day in turn; milliseconds of each call. */
  todaysFigures(days: readonly string[]): Promise<number[]>;
  /** Runs the tablet's sync loop against `endpoint` until a pass has ended. */
  syncAll(endpoint: string, token: string): Promise<SyncOutcome>;
  /** Writes the plan's visits as documents into a PouchDB database of the page, emptied first. */
  pouchSeed(plan: VisitPlan): Promise<number>;
  /** The next click on #go puts one record with strict durability on a worker: the tap's floor. */
  armFloorPut(): void;
  /** The next click on #go reads the period's rows and writes them with papaparse: the CSV floor. */
  armFloorCsv(from: string, to: string): void;
  /** Each day's rows read straight from IndexedDB: the floor of todaysFigures, milliseconds each. */
  floorReadDays(days: readonly string[]): Promise<number[]>;
  /** The period's rows read straight from IndexedDB in one getAll; milliseconds. */
  floorReadBetween(from: string, to: string): Promise<number>;
  /** Every queued record read and sent in one request to `url`, which counts the bytes. */
  floorSync(url: string): Promise<{ ms: number; bytes: number }>;
  /** Replicates that database to `remote` (express-pouchdb) in batches as large as ours. */
  pouchReplicate(remote: string): Promise<PouchOutcome>;
}
