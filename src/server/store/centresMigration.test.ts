// A database made before centres, opened by this version: every visit, tablet and pairing code is
// put in the first centre, made from the server's settings; two processes opening it at once make
// one first centre.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visit } from '../testing/testApp';
import { freshSchema, POSTGRES } from '../testing/engines';
import { FIRST_CENTRE_ID } from './centres';
import { MIGRATIONS } from './migrations';
import { openPostgresStore } from './postgres';
import { PG_MIGRATIONS } from './postgresMigrations';
import { openSqliteStore } from './sqlite';
import type { VisitStore } from './VisitStore';
import pg from 'pg';

const held = visit({ visitedAt: '2026-03-02T10:00:00+01:00' });
const INSERT_VISIT = `INSERT INTO visits (id, visited_at, visited_utc, local_date, local_hour,
  country, municipality, age_group, party_id, device_id, voided, kind, received_at, device)
  VALUES ('${held.id}', '${held.visitedAt}', '2026-03-02T09:00:00.000Z', '2026-03-02', 10, 'TR',
  '165', 'adult', '${held.partyId}', 'door-1', 0, 'visitor', '2026-03-02T09:01:00.000Z', NULL)`;
const INSERT_DEVICE = `INSERT INTO devices (id, name, token_hash, paired_at)
  VALUES ('9b2f1d3e-8f7a-4c1b-9e2d-3a4b5c6d7e8f', 'door-1', 'x', '2026-03-01T09:00:00.000Z')`;

async function expectAllInFirstCentre(store: VisitStore): Promise<void> {
  expect(await store.centres.list()).toEqual([
    expect.objectContaining({
      id: FIRST_CENTRE_ID,
      name: 'Kvindehuset',
      timeZone: 'Europe/Copenhagen',
      featuredCountries: [],
      featuredMunicipalities: [],
    }),
  ]);
  const log = await store.centredLogBetween('2026-03-02', '2026-03-02');
  expect(log.map((row) => [row.id, row.centreId])).toEqual([[held.id, FIRST_CENTRE_ID]]);
  expect((await store.devices.list()).map((device) => device.centreId)).toEqual([FIRST_CENTRE_ID]);
  const report = await store.countsBetween('2026-03-02', '2026-03-02', 'countries', {
    centres: [FIRST_CENTRE_ID],
  });
  expect(report.counts).toEqual([{ key: 'TR', adults: 1, children: 0 }]);
}

describe('moving a database made before centres into the first centre', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'velkommen-centres-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('on SQLite, keeps every visit and tablet in the first centre', async () => {
    const path = join(dir, 'velkommen.db');
    const old = new Database(path);
    old.exec('CREATE TABLE schema_version (version INTEGER NOT NULL) STRICT');
    for (const step of MIGRATIONS.slice(0, 4)) old.exec(step.sql);
    old.exec('INSERT INTO schema_version (version) VALUES (4)');
    old.exec(INSERT_VISIT);
    old.exec(INSERT_DEVICE.replace("'x'", "X'00'"));
    old.close();
    const store = openSqliteStore(path, {
      timeZone: 'Europe/Copenhagen',
      centreName: 'Kvindehuset',
    });
    try {
      await expectAllInFirstCentre(store);
    } finally {
      await store.close();
    }
  });

  it('on SQLite, reads each centre’s days as one range of the day index, for one centre or many', async () => {
    const path = join(dir, 'velkommen.db');
    await openSqliteStore(path, { timeZone: 'Europe/Copenhagen' }).close();
    const db = new Database(path, { readonly: true });
    try {
      const plan = db
        .prepare<[string], { detail: string }>(
          `EXPLAIN QUERY PLAN SELECT country, SUM(age_group = 'adult') FROM visits
           WHERE centre_id IN (SELECT value FROM json_each(?))
             AND local_date BETWEEN '2016-01-01' AND '2025-12-31'
             AND kind = 'visitor' AND voided = 0 GROUP BY country`,
        )
        .all('["a", "b"]')
        .map((row) => row.detail)
        .join('; ');
      expect(plan).toContain(
        'SEARCH visits USING COVERING INDEX visits_by_day_counts (centre_id=? AND local_date>? AND local_date<?)',
      );
    } finally {
      db.close();
    }
  });

  (POSTGRES.available ? it : it.skip)(
    'on PostgreSQL, the same, with two processes starting at once',
    async () => {
      const { url, drop } = await freshSchema();
      try {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query('CREATE TABLE schema_version (version INTEGER NOT NULL)');
        await client.query(PG_MIGRATIONS[0]?.sql ?? '');
        await client.query('INSERT INTO schema_version (version) VALUES (1)');
        await client.query(INSERT_VISIT);
        await client.query(INSERT_DEVICE.replace("'x'", "'\\x00'::bytea"));
        await client.end();
        const options = { timeZone: 'Europe/Copenhagen', centreName: 'Kvindehuset' };
        const stores = await Promise.all([
          openPostgresStore(url, options),
          openPostgresStore(url, options),
        ]);
        try {
          for (const store of stores) await expectAllInFirstCentre(store);
        } finally {
          await Promise.all(stores.map((store) => store.close()));
        }
      } finally {
        await drop();
      }
    },
  );
});
