// The kiosk's own storage, in IndexedDB. `visits` holds every visit recorded on this tablet, and
// nothing here is ever pruned by age, because a tablet may stay offline for weeks. `outbox` holds
// the records still to be sent, in the order they were written; `quarantine` those the endpoint
// refused, until staff send them again. `settings` holds small key-value rows (device
// name, kiosk choices); `photos` the municipality pictures staff set and `recordings` the prompts
// staff read aloud, both of which never leave the tablet (recordings only as a file staff export).
// Writes use strict durability so a visit is on disk before anyone is thanked.
import Dexie from 'dexie';
import type { EntityTable, Table, Transaction } from 'dexie';
import type { Visit } from '../../shared/visit';
import { apiRecord } from '../../shared/visitFields';
import { watchConnection } from './connection';
import { describeError, recordStorageProblem } from './storageProblems';
import { readMark, rowsFromMark } from './tabletMark';

export type SyncState = 'pending' | 'synced' | 'quarantined';

export interface StoredVisit extends Visit {
  /** 'YYYY-MM-DD' in the centre's time zone, for counting a day without parsing every stamp. */
  localDate: string;
  /** Epoch milliseconds of the write on this tablet (the visit itself is rounded to the quarter hour). */
  recordedAt: number;
}

/**
 * A record waiting to be sent, as the API carries it. `seq` comes from IndexedDB's key generator,
 * so it only ever grows: a record queued again (a void) lands after every record already queued.
 */
interface OutboxRow extends Visit {
  seq: number;
}

/** A record the endpoint refused, with its reason, kept until staff send it again. */
export interface QuarantineRow extends Visit {
  /** Its place in the outbox when it was refused, so refused visits list oldest first. */
  seq: number;
  reason: string;
}

interface SettingRow {
  key: string;
  value: unknown;
}

/** A photo staff set for a municipality's tile; kept on this tablet only, never synced. */
interface PhotoRow {
  /** The municipality's code, e.g. '165'. */
  code: string;
  /** The image file's bytes (an ArrayBuffer stores and clones everywhere; a Blob did not always). */
  bytes: ArrayBuffer;
  /** Its media type, e.g. 'image/jpeg'. */
  type: string;
  /** Epoch milliseconds of the save. */
  savedAt: number;
}

/** A prompt read aloud by someone at the centre; kept on this tablet only, never synced. */
export interface RecordingRow {
  /** The kiosk language it is spoken in, e.g. 'ar'. */
  language: string;
  /** Which prompt: 'country', 'municipality', 'party', 'summary', 'thanks' or 'help'. */
  prompt: string;
  /** The sound's bytes (an ArrayBuffer, as for photos: a Blob did not survive every store). */
  audio: ArrayBuffer;
  /** Its media type as the recorder made it, e.g. 'audio/webm;codecs=opus'. */
  mime: string;
  /** Epoch milliseconds of the recording. */
  recordedAt: number;
}

export class VelkommenDB extends Dexie {
  declare visits: EntityTable<StoredVisit, 'id'>;
  declare outbox: EntityTable<OutboxRow, 'seq'>;
  declare quarantine: EntityTable<QuarantineRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare photos: EntityTable<PhotoRow, 'code'>;
  declare recordings: Table<RecordingRow, [string, string]>;

  constructor() {
    super('velkommen', { chromeTransactionDurability: 'strict' });
    // Versions are only ever added below, never edited: tablets in the field hold data in every
    // shape that was ever shipped.
    this.version(1).stores({
      visits: 'id, localDate, partyId, syncState, recordedAt',
      settings: 'key',
    });
    // 2: municipality photos for the kiosk's tiles.
    this.version(2).stores({
      photos: 'code',
    });
    // 3: spoken prompts staff recorded on this tablet, one per language and prompt.
    this.version(3).stores({
      recordings: '[language+prompt]',
    });
    // 4: the outbox reads pending visits oldest first (recordedAt, then id) straight from an index.
    this.version(4).stores({
      visits: 'id, localDate, partyId, syncState, recordedAt, [syncState+recordedAt+id]',
    });
    // 5: what is still to be sent moves out of the visits into an outbox of its own. Marking a
    // delivered batch then deletes one key range instead of rewriting every visit in it.
    this.version(5)
      .stores({
        visits: 'id, localDate, partyId, recordedAt',
        outbox: '++seq, &id',
        quarantine: 'id',
      })
      .upgrade(moveSyncStateToOutbox);
    this.on('populate', startFromMark);
  }
}

// Where the mark cannot be read (the check-in worker has no localStorage) the database is never
// made: made there, it would start under a new name and unpaired. The page makes it instead.
let mayMakeDatabase = true;

/** For a context without the tablet's mark: opening a database that is not there fails instead. */
export function neverMakeDatabaseHere(): void {
  mayMakeDatabase = false;
}

// A database made while the mark (tabletMark.ts) remembers one was emptied by the browser: it
// starts with the tablet's name and pairing again, before any visit can be written under another.
// Whether anything was lost is judged after (tabletMarkWatch.ts), from the ids.
function startFromMark(tx: Transaction): Promise<unknown> | undefined {
  if (!mayMakeDatabase) {
    throw new Error(
      'The database is not there, and is made only by the page, which can read the tablet’s mark.',
    );
  }
  const rows = rowsFromMark(readMark());
  return rows.length > 0 ? tx.table<SettingRow, string>('settings').bulkAdd(rows) : undefined;
}

interface VisitRowBefore5 extends StoredVisit {
  syncState?: SyncState;
  syncError?: string;
}

// Pending visits enter the outbox oldest first, as the old index sent them; refused ones keep their
// reason. The old per-visit marks are then dropped, so there is one place that says what is sent.
async function moveSyncStateToOutbox(tx: Transaction): Promise<void> {
  const visits = tx.table<VisitRowBefore5, string>('visits');
  const waiting = (await visits.toArray())
    .filter((visit) => visit.syncState !== undefined && visit.syncState !== 'synced')
    .sort((a, b) => a.recordedAt - b.recordedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const outbox = tx.table<Omit<OutboxRow, 'seq'>, number>('outbox');
  const quarantine = tx.table<QuarantineRow, string>('quarantine');
  await outbox.bulkAdd(waiting.filter((v) => v.syncState === 'pending').map(apiRecord));
  await quarantine.bulkAdd(
    waiting.flatMap((visit, place) =>
      visit.syncState === 'quarantined'
        ? [{ ...apiRecord(visit), seq: place + 1, reason: visit.syncError ?? '' }]
        : [],
    ),
  );
  await visits.toCollection().modify((visit) => {
    delete visit.syncState;
    delete visit.syncError;
  });
}

export const db = new VelkommenDB();
// Upgrades from other tabs never deadlock, and a page older than its data reloads when idle.
watchConnection(db);

/** The browser refused a write because the tablet's storage is full. Nothing of that write was kept. */
export class StorageFullError extends Error {
  constructor(options?: ErrorOptions) {
    super(
      'The tablet’s storage is full, so nothing was saved. Free some space on the tablet.',
      options,
    );
    this.name = 'StorageFullError';
  }
}

function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  if ('name' in error && error.name === Dexie.errnames.QuotaExceeded) return true;
  // Dexie wraps the browser's DOMException (in `inner`) and reports bulk writes per item (`failures`).
  if ('inner' in error && isQuotaError(error.inner, depth + 1)) return true;
  if ('failures' in error && Array.isArray(error.failures)) {
    return error.failures.some((failure: unknown) => isQuotaError(failure, depth + 1));
  }
  return false;
}

function isClosedError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === Dexie.errnames.DatabaseClosed
  );
}

/**
 * Runs a write; a full disk becomes a StorageFullError the UI can explain, anything else passes
 * through. A connection the browser closed in the background is opened again and the write tried
 * once more, so every write given here must be safe to repeat (all of ours are: a check-in is kept
 * once per partyId). Full disks and lost connections are noted for the staff view.
 */
export async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) {
      recordStorageProblem('full', describeError(error));
      throw new StorageFullError({ cause: error });
    }
    if (!isClosedError(error)) throw error;
    recordStorageProblem('connectionLost', describeError(error));
  }
  try {
    if (!db.isOpen()) await db.open();
    return await write();
  } catch (error) {
    if (isQuotaError(error)) {
      recordStorageProblem('full', describeError(error));
      throw new StorageFullError({ cause: error });
    }
    throw error;
  }
}
