// `node dist-server/restore.js <backup file>` (or `npm run restore -- <file>`), with the server
// stopped: puts a backup back as the server's database (VELKOMMEN_DB, default
// ./data/velkommen.db), keeping the database it replaces beside it. See store/restore.ts.
import { resolve } from 'node:path';
import { commandConfig, fail } from './cli';
import { restoreDatabase } from './store/restore';

process.umask(0o077);

const [backup] = process.argv.slice(2);
if (backup === undefined || backup.trim() === '') {
  fail(
    'Name the backup to restore, with the server stopped, e.g.: node dist-server/restore.js /var/backups/velkommen/velkommen-2026-11-23-220000.db',
  );
}

const { dbPath } = commandConfig();

try {
  const source = resolve(process.env.INIT_CWD ?? process.cwd(), backup);
  const restored = restoreDatabase(source, dbPath, new Date());
  console.log(`Restored ${restored.visits} visits from ${source} to ${dbPath}.`);
  for (const aside of restored.keptAside)
    console.log(`The database it replaced is kept as ${aside}.`);
  console.log(
    'Start the server again; tablets send whatever the backup lacks and they still hold.',
  );
} catch (error) {
  fail(
    `The restore failed, and nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
  );
}
