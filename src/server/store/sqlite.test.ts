import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/visit';
import { tempDir, visit } from '../testing/testApp';
import { SCHEMA_VERSION } from './migrations';
import { openSqliteStore } from './sqlite';
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
