// A consistent copy of the live database while the server keeps running, through SQLite's online
// backup API (better-sqlite3's db.backup()): writes go on during the copy, and the copy is the
// database as it was at one moment. It is made under a temporary name, checked (integrity_check,
// its visits counted) and only then renamed into place, so a half-made file never looks like a
// backup. The copy is a plain single-file database (journal_mode DELETE), ready to be copied back.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** A copy of the server's database, once made: where it is and what it holds. */
export interface DatabaseBackup {
  target: string;
  /** Visits in the copy, voided ones included. */
  visits: number;
  bytes: number;
}

/** Copies the database at `source` to `target`, which must not exist yet. */
export async function backupDatabase(source: string, target: string): Promise<DatabaseBackup> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`);
  if (existsSync(target)) {
    throw new Error(
      `${target} exists already; give each backup a new name, so none is overwritten.`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });

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
    renameSync(partial, target);
    return { target, visits, bytes: statSync(target).size };
  } finally {
    rmSync(partial, { force: true });
  }
}
