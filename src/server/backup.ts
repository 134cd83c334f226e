// `npm run backup -- <target file>`: a safe copy of the server's database while it runs (SQLite's
// online backup). The database is the one `npm start` uses (VELKOMMEN_DB, default
// ./data/velkommen.db); a relative target is taken from where the command was typed.
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { backupDatabase } from './store/backup';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

// Whatever this makes (the copy, its journal while it is checked) is for this user alone.
process.umask(0o077);

const [target] = process.argv.slice(2);
if (target === undefined || target.trim() === '') {
  fail(
    'Name the file to write, e.g.: npm run backup -- /var/backups/velkommen/velkommen-2026-11-23.db',
  );
}

let dbPath: string;
try {
  dbPath = loadConfig(process.env).dbPath;
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

// npm runs scripts from the project folder; INIT_CWD is where the command was typed.
const targetPath = resolve(process.env.INIT_CWD ?? process.cwd(), target);
try {
  const result = await backupDatabase(dbPath, targetPath);
  const megabytes = (result.bytes / 1_000_000).toFixed(1);
  console.log(
    `Backed up ${result.visits} visits from ${dbPath} to ${result.target} (${megabytes} MB).`,
  );
  for (const note of result.notes) console.warn(note);
} catch (error) {
  fail(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
}
