import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, visit } from '../testing/testApp';
import { MIGRATIONS } from './migrations';
import { openSqliteStore } from './sqlite';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const indexes = (db: Database.Database) =>
  db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visits' ORDER BY name",
    )
    .all()
    .map((row) => row.name);

describe('the schema steps', () => {
  it('upgrade a version 1 database, keeping its visits, to one index by day', async () => {
    const path = join(dir, 'velkommen.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_version (version INTEGER NOT NULL) STRICT');
    old.exec(MIGRATIONS[0]?.sql ?? '');
    old.exec('INSERT INTO schema_version (version) VALUES (1)');
    old.close();
    const kept = { ...visit({ visitedAt: '2026-03-02T10:00:00+01:00' }), kind: 'visitor' as const };
    // The store runs the missing step when it opens the file.
    const store = openSqliteStore(path, { timeZone: 'Europe/Copenhagen' });
    await store.putVisits([kept]);
    expect(await store.visitsBetween('2026-03-02', '2026-03-02')).toEqual([kept]);
    await store.close();

    const db = new Database(path, { readonly: true });
    try {
      expect(indexes(db)).toEqual(['sqlite_autoindex_visits_1', 'visits_by_day_counts']);
    } finally {
      db.close();
    }
  });

  it('let the report and the day summary count from the index alone', async () => {
    const path = join(dir, 'velkommen.db');
    openSqliteStore(path, { timeZone: 'Europe/Copenhagen' }).close();
    const db = new Database(path, { readonly: true });
    const plan = (sql: string) =>
      db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => row.detail)
        .join('; ');
    try {
      const range = "local_date BETWEEN '2025-01-01' AND '2025-12-31'";
      const visitor = "kind = 'visitor' AND voided = 0";
      for (const column of ['country', 'municipality']) {
        expect(
          plan(`SELECT ${column}, SUM(age_group = 'adult') FROM visits
                WHERE ${range} AND ${visitor} GROUP BY ${column}`),
        ).toContain('COVERING INDEX visits_by_day_counts');
      }
      expect(
        plan(`SELECT COUNT(*) FROM visits WHERE ${range} AND kind = 'volunteer' AND voided = 0`),
      ).toContain('COVERING INDEX visits_by_day_counts');
      expect(
        plan("SELECT COUNT(*) FROM visits WHERE local_date = '2025-06-02' AND voided = 0"),
      ).toContain('COVERING INDEX visits_by_day_counts');
    } finally {
      db.close();
    }
  });

  it('give visits stored before version 4 their received time as when they arrived', async () => {
    const path = join(dir, 'velkommen.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_version (version INTEGER NOT NULL) STRICT');
    for (const step of MIGRATIONS.slice(0, 3)) old.exec(step.sql);
    old.exec('INSERT INTO schema_version (version) VALUES (3)');
    const held = visit({ visitedAt: '2026-03-02T10:00:00+01:00' });
    old
      .prepare(
        `INSERT INTO visits (id, visited_at, visited_utc, local_date, local_hour, country,
           municipality, age_group, party_id, device_id, voided, kind, received_at, device)
         VALUES (?, ?, '2026-03-02T09:00:00.000Z', '2026-03-02', 10, 'TR', '165', 'adult', ?,
           'door-1', 0, 'visitor', '2026-03-02T09:01:00.000Z', NULL)`,
      )
      .run(held.id, held.visitedAt, held.partyId);
    old.close();

    const store = openSqliteStore(path, { timeZone: 'Europe/Copenhagen' });
    try {
      expect(await store.visitLogBetween('2026-03-02', '2026-03-02')).toEqual([
        { ...held, receivedAt: '2026-03-02T09:01:00.000Z', device: null },
      ]);
      expect(await store.devices.list()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
