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
afterEach(() => {
  store?.close();
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
  it('creates its folder, and keeps the visits across a restart', () => {
    const a = full();
    const b = full({ voided: true, ageGroup: 'child' });
    open().putVisits([a, b]);
    store?.close();
    expect(everything(open())).toEqual([a, b].sort((x, y) => (x.id < y.id ? -1 : 1)));
  });

  it('records the schema version and runs in WAL mode', () => {
    open().close();
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
    open().close();
    const again = new Database(dbPath, { readonly: true });
    expect(again.prepare('SELECT COUNT(*) AS n FROM schema_version').get()).toEqual({ n: 1 });
    again.close();
  });

  it('refuses a database made by a newer version', () => {
    open().close();
    const raw = new Database(dbPath);
    raw.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION + 1);
    raw.close();
    expect(() => open()).toThrow(/newer Velkommen/);
    store = undefined;
  });

  it('tells stored, unchanged, voided and conflict apart', () => {
    const s = open();
    const a = full();
    const b = full();
    expect(s.putVisits([a, b])).toEqual({
      outcomes: ['stored', 'stored'],
      stored: [a.id, b.id],
      conflicts: [],
    });
    expect(s.putVisits([a, { ...b, voided: true }, { ...a, deviceId: 'door-9' }])).toEqual({
      outcomes: ['unchanged', 'voided', 'conflict'],
      stored: [a.id, b.id],
      conflicts: [a.id],
    });
    // Voiding is one-way: the un-voided copy cannot bring b back.
    expect(s.putVisits([b])).toEqual({ outcomes: ['conflict'], stored: [], conflicts: [b.id] });
    expect(s.putVisits([{ ...b, voided: true }])).toEqual({
      outcomes: ['unchanged'],
      stored: [b.id],
      conflicts: [],
    });
  });

  it('writes a batch whole or not at all', () => {
    const s = open();
    const good = full();
    // The schema never lets this through; the table's own checks stop it all the same.
    const broken = { ...full(), ageGroup: 'elder' } as unknown as Visit;
    expect(() => s.putVisits([good, broken])).toThrow();
    expect(everything(s)).toEqual([]);
  });

  it('writes several batches in one commit, undoing a failing one alone', () => {
    const s = open();
    const a = full();
    const b = full();
    const broken = { ...full(), ageGroup: 'elder' } as unknown as Visit;
    const receivedAt = new Date('2026-11-23T11:00:00Z');
    const outcomes = s.putBatches([
      { visits: [a], receivedAt },
      { visits: [b, broken], receivedAt },
      { visits: [a, { ...a, voided: true }], receivedAt },
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    expect(outcomes[2]).toEqual({
      ok: true,
      result: { outcomes: ['unchanged', 'voided'], stored: [a.id], conflicts: [] },
    });
    expect(everything(s)).toEqual([{ ...a, voided: true }]);
  });

  it("works local dates out again when the centre's time zone setting changes", () => {
    // 00:30 on 15 July in Copenhagen is 22:30 on the 14th in UTC.
    const late = full({ visitedAt: '2026-07-15T00:30:00+02:00' });
    open().putVisits([late]);
    expect(store?.visitsBetween('2026-07-15', '2026-07-15')).toHaveLength(1);
    store?.close();
    const utc = open('UTC');
    expect(utc.visitsBetween('2026-07-15', '2026-07-15')).toEqual([]);
    expect(utc.visitsBetween('2026-07-14', '2026-07-14')).toEqual([late]);
    expect(utc.summaryOn('2026-07-14').byHour).toEqual([{ hour: 22, visits: 1 }]);
  });
});

const modeOf = (path: string) => statSync(path).mode & 0o777;
const hasModes = process.platform !== 'win32';

describe.skipIf(!hasModes)('file modes: for the server’s user alone', () => {
  it('makes the folder 0700 and the database, its WAL and shared memory 0600, whatever the umask', () => {
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

  it('leaves a shared folder such as /tmp as it is, and says so', () => {
    const shared = join(dir, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const notices: string[] = [];
    const s = openSqliteStore(join(shared, 'velkommen.db'), {
      timeZone: 'Europe/Copenhagen',
      notice: (line) => notices.push(line),
    });
    s.close();
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
  function olderDatabase(visits: Visit[]): void {
    const s = open();
    s.putVisits(visits);
    s.close();
    const raw = new Database(dbPath);
    raw.prepare("DELETE FROM settings WHERE key = 'ids_in_lower_case'").run();
    raw.close();
  }

  it('gives each its lower-case id on open, party ids too, once', () => {
    const a = full({ id: A, partyId: B });
    olderDatabase([a]);
    const notices: string[] = [];
    store = openSqliteStore(dbPath, {
      timeZone: 'Europe/Copenhagen',
      notice: (l) => notices.push(l),
    });
    expect(everything(store)).toEqual([{ ...a, id: A.toLowerCase(), partyId: B.toLowerCase() }]);
    expect(notices).toEqual([]);
    // A copy sent now, read in lower case by the schema, is the same visit.
    expect(
      store.putVisits([{ ...a, id: A.toLowerCase(), partyId: B.toLowerCase() }]).outcomes,
    ).toEqual(['unchanged']);
  });

  it('keeps both when a different visit holds the lower-case id, and names them', () => {
    const capital = full({ id: A, country: 'IQ' });
    const lower = full({ id: A.toLowerCase(), country: 'SY' });
    olderDatabase([capital, lower]);
    const notices: string[] = [];
    store = openSqliteStore(dbPath, {
      timeZone: 'Europe/Copenhagen',
      notice: (l) => notices.push(l),
    });
    const held = everything(store);
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
    store.close();
    // Told once: the next start finds the work done.
    notices.length = 0;
    store = openSqliteStore(dbPath, {
      timeZone: 'Europe/Copenhagen',
      notice: (l) => notices.push(l),
    });
    expect(notices).toEqual([]);
    expect(everything(store)).toHaveLength(2);
  });
});
