// The kiosk's own storage, in IndexedDB. `visits` holds every visit recorded on this tablet with its
// sync state; a visit stays until the endpoint has confirmed it, and nothing here is ever pruned by
// age, because a tablet may stay offline for weeks. `settings` holds small key-value rows (device
// name, kiosk choices). Writes use strict durability so a visit is on disk before anyone is thanked.
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { Visit } from '../../shared/visit';

export type SyncState = 'pending' | 'synced' | 'quarantined';

export interface StoredVisit extends Visit {
  /** 'YYYY-MM-DD' in the centre's time zone, for counting a day without parsing every stamp. */
  localDate: string;
  syncState: SyncState;
  /** Epoch milliseconds of the write on this tablet (the visit itself is rounded to the quarter hour). */
  recordedAt: number;
  syncError?: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export class VelkommenDB extends Dexie {
  declare visits: EntityTable<StoredVisit, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;

  constructor() {
    super('velkommen', { chromeTransactionDurability: 'strict' });
    // Versions are only ever added below, never edited: tablets in the field hold data in every
    // shape that was ever shipped.
    this.version(1).stores({
      visits: 'id, localDate, partyId, syncState, recordedAt',
      settings: 'key',
    });
  }
}

export const db = new VelkommenDB();

/** The browser refused a write because the tablet's storage is full. Nothing of that write was kept. */
export class StorageFullError extends Error {
  constructor(options?: ErrorOptions) {
    super('The tablet’s storage is full, so nothing was saved. Free some space on the tablet.', options);
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

/** Runs a write; a full disk becomes a StorageFullError the UI can explain, anything else passes through. */
export async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}
