// A consistent copy of the live database while the server keeps running, through SQLite's online
// backup API (better-sqlite3's db.backup()): writes go on during the copy, and the copy is the
// database as it was at one moment. It is made under a temporary name, checked (integrity_check,
// its visits counted) and only then renamed into place, so a half-made file never looks like a
// backup. The copy is a plain single-file database (journal_mode DELETE), ready to be copied back.
// Like the database, a backup is for the server's user alone: 0600, in a folder of mode 0700.
import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { createPrivateFile, privateFile, privateFolder, type PrivacyNote } from '../project/paths';

/** A copy of the server's database, once made: where it is and what it holds. */
export interface DatabaseBackup {
  target: string;
  /** Visits in the copy, voided ones included. */
  visits: number;
  bytes: number;
  /** What could not be made private (a shared folder, another user's file), in sentences. */
  notes: string[];
}

/** Copies the database at `source` to `target`, which must not exist yet. */
export async function backupDatabase(source: string, target: string): Promise<DatabaseBackup> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`);
  if (existsSync(target)) {
    throw new Error(
      `${target} exists already; give each backup a new name, so none is overwritten.`,
    );
  }
  const notes: PrivacyNote[] = [privateFolder(dirname(target))];
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  // The copy is written into a file that was never readable by others, not given its mode after.
  createPrivateFile(partial);

  try {
    const live = new Database(source, { fileMustExist: true });
    try {
      live.pragma('busy_timeout = 5000');
      // After the first step, copy the rest at once: a write by the server between two steps
      // makes SQLite start the copy again, so fewer steps finish sooner on a busy database.
      await live.backup(partial, {
        progress: ({ remainingPages }) => Math.max(100, remainingPages),
      });
    } finally {
      live.close();
    }

    const copy = new Database(partial, { fileMustExist: true });
    let visits: number;
    try {
      copy.pragma('journal_mode = DELETE');
      const integrity: unknown = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok')
        throw new Error(`The copy failed SQLite's integrity check: ${String(integrity)}`);
      const row = copy.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM visits').get();
      visits = row?.n ?? 0;
    } finally {
      copy.close();
    }
    notes.push(privateFile(partial));
    renameSync(partial, target);
    notes.push(...earlierBackups(dirname(target)));
    return {
      target,
      visits,
      bytes: statSync(target).size,
      notes: notes.filter((note): note is string => note !== null),
    };
  } finally {
    rmSync(partial, { force: true });
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Backups made before they were kept private, or copied in by hand, are tightened too: every
 * SQLite database in the backups' folder. Other files there are not Velkommen's to change.
 */
function earlierBackups(folder: string): PrivacyNote[] {
  const notes: PrivacyNote[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(folder, entry.name);
    if (isSqliteDatabase(path)) notes.push(privateFile(path));
  }
  return notes;
}

function isSqliteDatabase(path: string): boolean {
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, header, 0, header.length, 0);
    } finally {
      closeSync(fd);
    }
    return header.toString('latin1') === SQLITE_HEADER;
  } catch {
    return false;
  }
}
