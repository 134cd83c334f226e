// Before the server opens its database: can this user write it? A database copied back by root
// (with plain cp) belongs to root, SQLite then stops the server at its first write, and a service
// manager restarts it forever. Found at start, it is one sentence saying what to run.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';

/** What stops this user writing the database at `dbPath`, with the command that mends it; or null. */
export function databaseOwnershipProblem(
  dbPath: string,
  canWrite: (path: string) => boolean = writable,
): string | null {
  const folder = dirname(dbPath);
  const paths = [folder, dbPath, `${dbPath}-wal`, `${dbPath}-shm`].filter((path) =>
    existsSync(path),
  );
  const unwritable = paths.filter((path) => !canWrite(path));
  if (unwritable.length === 0) return null;
  const me = userInfo();
  const owners = unwritable.map((path) => `${path} (owner id ${statSync(path).uid})`).join(', ');
  return `Velkommen runs as ${me.username} (id ${me.uid}) and cannot write ${owners}. As root, give them to this user: chown ${me.username}: ${unwritable.join(' ')}`;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
