// The rules for writing to the tablet's database (database.ts holds the schema and the connection,
// re-exported here for the code after the first screen): a full disk becomes an error the UI can
// explain, and a connection the browser closed is opened again once.
import Dexie from 'dexie';
import { db } from './database';
import { describeError, recordStorageProblem } from './storageProblems';

export * from './database';

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
    return await writingAfter(error, write);
  }
}

/** What writing() does once `write` has failed with `error`: noted, and tried again or thrown. */
export async function writingAfter<T>(error: unknown, write: () => Promise<T>): Promise<T> {
  if (isQuotaError(error)) {
    recordStorageProblem('full', describeError(error));
    throw new StorageFullError({ cause: error });
  }
  if (!isClosedError(error)) throw error;
  recordStorageProblem('connectionLost', describeError(error));
  try {
    if (!db.isOpen()) await db.open();
    return await write();
  } catch (again) {
    if (isQuotaError(again)) {
      recordStorageProblem('full', describeError(again));
      throw new StorageFullError({ cause: again });
    }
    throw again;
  }
}
