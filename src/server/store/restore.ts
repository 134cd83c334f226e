// Putting a backup back in the database's place, with the server stopped: the backup is checked
// first (SQLite's integrity check, a schema this Velkommen knows), the database it replaces is
// moved aside with its WAL and shared-memory files (never deleted: it may hold visits the backup
// lacks), and the copy gets its name only when complete. The copy belongs to whoever owns the
// database's folder, the server's user, even when root runs this, so a restore can never leave the
// server with a database it cannot write.
import Database from 'better-sqlite3';
import { format } from 'date-fns';
import { chownSync, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createPrivateFile, privateFolder } from '../project/paths';
import { SCHEMA_VERSION } from './migrations';

export interface RestoredDatabase {
  /** Visits in the restored database, voided ones included. */
  visits: number;
  /** Where the database it replaced (and its -wal and -shm files) went; empty when there was none. */
  keptAside: string[];
}

const COMPANIONS = ['', '-wal', '-shm'];

/** Checks the backup at `backup` and makes it the database at `dbPath`, the server stopped. */
export function restoreDatabase(backup: string, dbPath: string, now: Date): RestoredDatabase {
  if (!existsSync(backup)) throw new Error(`There is no backup at ${backup}.`);
  const visits = checkedVisits(backup);

  const folder = dirname(dbPath);
  privateFolder(folder);
  const partial = `${dbPath}.restoring`;
  rmSync(partial, { force: true });
  createPrivateFile(partial);
  try {
    copyFileSync(backup, partial);
    handOver(partial, folder);
    const stamp = format(now, 'yyyyMMdd-HHmmss');
    const keptAside: string[] = [];
    for (const suffix of COMPANIONS) {
      const path = `${dbPath}${suffix}`;
      if (!existsSync(path)) continue;
      const aside = `${dbPath}.before-restore-${stamp}${suffix}`;
      renameSync(path, aside);
      keptAside.push(aside);
    }
    renameSync(partial, dbPath);
    return { visits, keptAside };
  } finally {
    rmSync(partial, { force: true });
  }
}

function checkedVisits(backup: string): number {
  let copy: Database.Database;
  try {
    copy = new Database(backup, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`${backup} cannot be opened as a database: ${(error as Error).message}`);
  }
  try {
    const integrity: unknown = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') {
      throw new Error(`${backup} failed SQLite's integrity check: ${String(integrity)}`);
    }
    const version = copy
      .prepare<[], { version: number | null }>('SELECT MAX(version) AS version FROM schema_version')
      .get()?.version;
    if (typeof version !== 'number' || version > SCHEMA_VERSION) {
      throw new Error(
        `${backup} is not a Velkommen database this version can read (schema ${String(version)}, this one knows up to ${SCHEMA_VERSION}).`,
      );
    }
    return copy.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM visits').get()?.n ?? 0;
  } catch (error) {
    if (error instanceof Database.SqliteError) {
      throw new Error(`${backup} is not a Velkommen database: ${error.message}`);
    }
    throw error;
  } finally {
    copy.close();
  }
}

/** Root restoring for the server: the file goes to the folder's owner, the server's user. */
function handOver(path: string, folder: string): void {
  if (process.getuid?.() !== 0) return;
  const { uid, gid } = statSync(folder);
  chownSync(path, uid, gid);
}
