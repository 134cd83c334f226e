// Restoring a backup: the backup is checked before anything changes, the database it replaces is
// kept beside it with its WAL, and the restored copy opens with the backup's visits.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CENTRE_TIME_ZONE } from '../../shared/time';
import type { Visit } from '../../shared/visit';
import { tempDir, visit } from '../testing/testApp';
import { backupDatabase } from './backup';
import { restoreDatabase } from './restore';
import { openSqliteStore } from './sqlite';

const aVisit = (): Visit => ({ kind: 'visitor', ...visit() });
const AT = new Date(2026, 10, 23, 8, 30, 0);

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = tempDir();
  dbPath = join(dir, 'data', 'velkommen.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function countVisits(): Promise<number> {
  const store = openSqliteStore(dbPath, { timeZone: CENTRE_TIME_ZONE });
  try {
    return (await store.visitsBetween('2000-01-01', '2999-12-31', { includeVoided: true })).length;
  } finally {
    await store.close();
  }
}

describe('restoreDatabase', () => {
  it('puts the backup in place and keeps the database it replaces, with its WAL', async () => {
    const store = openSqliteStore(dbPath, { timeZone: CENTRE_TIME_ZONE });
    await store.putVisits([aVisit(), aVisit()]);
    const backup = join(dir, 'backups', 'velkommen.db');
    await backupDatabase(dbPath, backup);
    await store.putVisits([aVisit()]);
    await store.close();
    // A server stopped without a clean close leaves its WAL behind.
    writeFileSync(`${dbPath}-wal`, '');

    const restored = restoreDatabase(backup, dbPath, AT);
    expect(restored.visits).toBe(2);
    expect(restored.keptAside).toEqual([
      `${dbPath}.before-restore-20261123-083000`,
      `${dbPath}.before-restore-20261123-083000-wal`,
    ]);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    expect(await countVisits()).toBe(2);
  });

  it('changes nothing when the backup is not a sound Velkommen database', async () => {
    const store = openSqliteStore(dbPath, { timeZone: CENTRE_TIME_ZONE });
    await store.putVisits([aVisit()]);
    await store.close();
    const before = readdirSync(join(dir, 'data')).sort();
    const notADatabase = join(dir, 'notes.db');
    writeFileSync(notADatabase, 'this is not a database');

    expect(() => restoreDatabase(notADatabase, dbPath, AT)).toThrow(
      /not a Velkommen database|cannot be opened/,
    );
    expect(() => restoreDatabase(join(dir, 'missing.db'), dbPath, AT)).toThrow(
      /There is no backup/,
    );
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(before);
    expect(await countVisits()).toBe(1);
  });
});
