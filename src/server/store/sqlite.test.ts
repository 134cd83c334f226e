import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/visit';
import { tempDir, visit } from '../testing/testApp';
import { SCHEMA_VERSION } from './migrations';
import { openSqliteStore } from './sqlite';
import { startServer } from '../server';
import { fakeDist } from '../testing/testApp';
import type { VisitStore } from './VisitStore';

let dir: string;
let dbPath: string;
let store: VisitStore | undefined;
beforeEach(() => {
  dir = tempDir();
  dbPath = join(dir, 'nested', 'folder', 'velkommen.db');
});
afterEach(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const open = (timeZone = 'Europe/Copenhagen') => {
  store = openSqliteStore(dbPath, { timeZone });
  return store;
};
const full = (changes: Parameters<typeof visit>[0] = {}): Visit => ({
  kind: 'visitor',
  ...visit(changes),
});
const everything = (s: VisitStore) =>
  s.visitsBetween('2000-01-01', '2999-12-31', { includeVoided: true });

describe('the SQLite store', () => {
  it('creates its folder', async () => {
    await open().close();
    expect(existsSync(dbPath)).toBe(true);
  });

  it('records the schema version and runs in WAL mode', async () => {
    await open().close();
    const raw = new Database(dbPath, { readonly: true });
    try {
      expect(raw.prepare('SELECT version FROM schema_version').all()).toEqual([
        { version: SCHEMA_VERSION },
      ]);
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
    // Opening again changes nothing.
    await open().close();
    const again = new Database(dbPath, { readonly: true });
    expect(again.prepare('SELECT COUNT(*) AS n FROM schema_version').get()).toEqual({ n: 1 });
    again.close();
  });

  it('refuses a database made by a newer version', async () => {
    await open().close();
    const raw = new Database(dbPath);
    raw.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION + 1);
    raw.close();
    expect(() => open()).toThrow(/newer Velkommen/);
    store = undefined;
  });
});

const modeOf = (path: string) => statSync(path).mode & 0o777;
const hasModes = process.platform !== 'win32';

describe.skipIf(!hasModes)('file modes: for the server’s user alone', () => {
  it('makes the folder 0700 and the database, its WAL and shared memory 0600, whatever the umask', async () => {
    // The loosest umask there is: every mode comes from the code, none from the shell.
    const before = process.umask(0);
    try {
      open();
    } finally {
      process.umask(before);
    }
    expect(modeOf(join(dir, 'nested', 'folder'))).toBe(0o700);
    expect(modeOf(dbPath)).toBe(0o600);
    expect(modeOf(`${dbPath}-wal`)).toBe(0o600);
    expect(modeOf(`${dbPath}-shm`)).toBe(0o600);
  });

  it('tightens a folder and files left readable by others, as the real server starts', async () => {
    const folder = join(dir, 'nested', 'folder');
    mkdirSync(folder, { recursive: true, mode: 0o755 });
    chmodSync(folder, 0o755);
    // A database made by an older version, held open so its WAL and shared memory are there.
    const old = new Database(dbPath);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE t (x)');
    for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
      expect(existsSync(path), path).toBe(true);
      chmodSync(path, 0o644);
    }
    try {
      const server = await startServer({
        port: 0,
        hostname: '127.0.0.1',
        distDir: fakeDist(dir),
        dbPath,
        log: false,
      });
      try {
        expect(modeOf(folder)).toBe(0o700);
        for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
          expect(modeOf(path), path).toBe(0o600);
        }
        const health = await fetch(`${server.url}/api/v1/health`);
        expect(health.status).toBe(200);
      } finally {
        await server.close();
      }
    } finally {
      old.close();
    }
  });

  it('leaves a shared folder such as /tmp as it is, and says so', async () => {
    const shared = join(dir, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const notices: string[] = [];
    const s = openSqliteStore(join(shared, 'velkommen.db'), {
      timeZone: 'Europe/Copenhagen',
      notice: (line) => notices.push(line),
    });
    await s.close();
    expect(modeOf(shared)).toBe(0o777);
    expect(modeOf(join(shared, 'velkommen.db'))).toBe(0o600);
    expect(notices).toEqual([
      expect.stringMatching(/^The folder .*shared can be read by other users/),
    ]);
  });
});

describe('visits kept under ids in capitals before ids were lower case', () => {
  const A = '0F8FAD5B-D9CB-469F-A165-70867728950E';
  const B = 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE';

  // A database as an older version left it: capitals in ids, and not yet put in lower case.
  async function olderDatabase(visits: Visit[]): Promise<void> {
    const s = open();
    await s.putVisits(visits);
    await s.close();
    const raw = new Database(dbPath);
    raw.prepare("DELETE FROM settings WHERE key = 'ids_in_lower_case'").run();
    raw.close();
  }

  it('gives each its lower-case id on open, party ids too, once', async () => {
    const a = full({ id: A, partyId: B });
    await olderDatabase([a]);
    const notices: string[] = [];
    store = openSqliteStore(dbPath, {
      timeZone: 'Europe/Copenhagen',
      notice: (l) => notices.push(l),
    });
    expect(await everything(store)).toEqual([
      { ...a, id: A.toLowerCase(), partyId: B.toLowerCase() },
    ]);
    expect(notices).toEqual([]);
    // A copy sent now, read in lower case by the schema, is the same visit.
    expect(
      (await store.putVisits([{ ...a, id: A.toLowerCase(), partyId: B.toLowerCase() }])).outcomes,
    ).toEqual(['unchanged']);
  });

  it('keeps both when a different visit holds the lower-case id, and names them', async () => {
    const capital = full({ id: A, country: 'IQ' });
    const lower = full({ id: A.toLowerCase(), country: 'SY' });
    await olderDatabase([capital, lower]);
    const notices: string[] = [];
    store = openSqliteStore(dbPath, {
      timeZone: 'Europe/Copenhagen',
      notice: (l) => notices.push(l),
    });
    const held = await everything(store);
    expect(held).toHaveLength(2);
    expect(held.map((v) => [v.id, v.country]).sort()).toEqual(
      [
        [A, 'IQ'],
        [A.toLowerCase(), 'SY'],
      ].sort(),
    );
    expect(notices).toEqual([
      expect.stringContaining(`1 visit(s) are kept under an id in capitals`),
    ]);
    expect(notices[0]).toContain(A);
    await store.close();
    // Told once: the next start finds the work done.
    notices.length = 0;
    store = openSqliteStore(dbPath, {
      timeZone: 'Europe/Copenhagen',
      notice: (l) => notices.push(l),
    });
    expect(notices).toEqual([]);
    expect(await everything(store)).toHaveLength(2);
  });
});
