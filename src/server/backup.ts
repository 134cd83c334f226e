// `node dist-server/backup.js <folder or file>` (or `npm run backup -- ...`): a safe copy of the
// server's database while it runs (SQLite's online backup). The database is the one `npm start`
// uses (VELKOMMEN_DB, default ./data/velkommen.db). Given a folder (one that exists, or a path
// ending in "/"), the copy is named by the moment it is made and the folder is made if missing, so
// a timer and a person never collide; given a file, that file, which must not exist. It builds
// nothing and touches no network, so the server's own user can run it from a timer. A relative
// path is taken from where the command was typed.
import { existsSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve, sep } from 'node:path';
import { commandConfig, fail } from './cli';
import { backupDatabase } from './store/backup';
import { backupFileIn } from './store/backupName';

// Whatever this makes (the copy, its journal while it is checked) is for this user alone.
process.umask(0o077);

const [target] = process.argv.slice(2);
if (target === undefined || target.trim() === '') {
  fail(
    'Name the folder to write the backup in, e.g.: node dist-server/backup.js /var/backups/velkommen/',
  );
}

const { dbPath } = commandConfig();

// npm runs scripts from the project folder; INIT_CWD is where the command was typed.
const targetPath = resolve(process.env.INIT_CWD ?? process.cwd(), target);
const isFolder =
  target.endsWith('/') ||
  target.endsWith(sep) ||
  (existsSync(targetPath) && statSync(targetPath).isDirectory());
const file = isFolder ? backupFileIn(targetPath, new Date()) : targetPath;
try {
  const result = await backupDatabase(dbPath, file);
  const megabytes = (result.bytes / 1_000_000).toFixed(1);
  console.log(
    `Backed up ${result.visits} visits from ${dbPath} to ${result.target} (${megabytes} MB).`,
  );
  for (const note of result.notes) console.warn(note);
} catch (error) {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') {
    const user = userInfo().username;
    fail(
      `The backup failed: ${user} may not write there (${(error as Error).message}). Make the folder once as root, for this user alone: install -d -o ${user} -g ${user} -m 700 ${isFolder ? targetPath : resolve(file, '..')}`,
    );
  }
  fail(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
}
