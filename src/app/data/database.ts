// The kiosk's own storage, in IndexedDB. `visits` holds every visit recorded on this tablet, and
// nothing here is ever pruned by age, because a tablet may stay offline for weeks. `outbox` holds
// the records still to be sent, in the order they were written; `quarantine` those the endpoint
// refused, until staff send them again. `settings` holds small key-value rows (device
// name, kiosk choices); `photos` the municipality pictures staff set and `recordings` the prompts
// staff read aloud, both of which never leave the tablet (recordings only as a file staff export).
// Writes use strict durability so a visit is on disk before anyone is thanked.
// This module is the schema and the one connection, which the kiosk's first screen reads through;
// what only making or upgrading the database needs (dbMaking.ts) loads only then, and the rules
// for writes (db.ts) come after the first screen.
import Dexie from 'dexie';
import type { EntityTable, Table, Transaction } from 'dexie';
import type { Visit } from '../../shared/visit';

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
export interface OutboxRow extends Visit {
  seq: number;
}

/** A record the endpoint refused, with its reason, kept until staff send it again. */
export interface QuarantineRow extends Visit {
  /** Its place in the outbox when it was refused, so refused visits list oldest first. */
  seq: number;
  reason: string;
}

export interface SettingRow {
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

// Dexie.waitFor keeps the upgrade's transaction open while the module comes (from the precache).
const making = () => Dexie.waitFor(import('./dbMaking'));

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
      .upgrade((tx) => making().then((m) => m.moveSyncStateToOutbox(tx)));
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
function startFromMark(tx: Transaction): Promise<unknown> {
  if (!mayMakeDatabase) {
    throw new Error(
      'The database is not there, and is made only by the page, which can read the tablet’s mark.',
    );
  }
  return making().then((m) => m.startFromMark(tx));
}

// When another tab opens a newer version, Dexie closes this connection at once (connection.ts).
let newerSchema = false;
const newerSchemaListeners = new Set<() => void>();

/** Another tab upgraded (or deleted) the database since this page loaded: reload when idle. */
export function newerSchemaElsewhere(): boolean {
  return newerSchema;
}

export function onNewerSchema(listener: () => void): () => void {
  newerSchemaListeners.add(listener);
  return () => newerSchemaListeners.delete(listener);
}

/** Notes that a newer version of the database is open elsewhere. */
export function sawNewerSchema(): void {
  newerSchema = true;
  for (const listener of newerSchemaListeners) listener();
}

export const db = new VelkommenDB();
// Upgrades from other tabs never deadlock, and a page older than its data reloads when idle; an
// upgrade of this page's that waits for another tab is noted for staff (connection.ts).
db.on('versionchange', sawNewerSchema);
db.on('blocked', (event: IDBVersionChangeEvent) => {
  import('./connection').then(
    (connection) => connection.noteBlocked(db, event),
    (error: unknown) => console.error('A blocked upgrade could not be noted.', error),
  );
});
