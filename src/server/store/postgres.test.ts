// What only the PostgreSQL store has to show (the behaviour both engines share is in
// store.test.ts): its schema versions, made once when several processes start at once, and the
// rate limits' counters shared by every process on the database.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { POSTGRES, freshSchema } from '../testing/engines';
import { fakeDist, KIOSK, tempDir, TOKENS } from '../testing/testApp';
import { openPostgresStore, safeUrl } from './postgres';
import { PG_SCHEMA_VERSION } from './postgresMigrations';
import type { VisitStore } from './VisitStore';

const ZONE = { timeZone: 'Europe/Copenhagen' };

describe.skipIf(!POSTGRES.available)('the PostgreSQL store', () => {
  let url: string;
  let drop: () => Promise<void>;
  const opened: VisitStore[] = [];
  beforeEach(async () => {
    ({ url, drop } = await freshSchema());
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await drop();
  });

  const open = async () => {
    const store = await openPostgresStore(url, ZONE);
    opened.push(store);
    return store;
  };
  const query = async <R extends pg.QueryResultRow>(sql: string): Promise<R[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<R>(sql)).rows;
    } finally {
      await client.end();
    }
  };

  it('makes its schema once when several processes start at once', async () => {
    await Promise.all([open(), open(), open(), open()]);
    expect(await query('SELECT version FROM schema_version')).toEqual([
      { version: PG_SCHEMA_VERSION },
    ]);
    await open();
    expect(await query('SELECT version FROM schema_version')).toHaveLength(1);
  });

  it('refuses a database made by a newer version', async () => {
    await open();
    await query(`UPDATE schema_version SET version = ${PG_SCHEMA_VERSION + 1}`);
    await expect(openPostgresStore(url, ZONE)).rejects.toThrow(/newer Velkommen/);
  });

  it('holds a tablet to one rate limit across server processes', async () => {
    const dir = tempDir();
    const apps = await Promise.all(
      [0, 1].map(async () =>
        createApp({
          distDir: fakeDist(dir),
          store: await open(),
          tokens: TOKENS,
          log: false,
          rateLimitPerMinute: 3,
        }),
      ),
    );
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const app = apps[i % 2];
      const response = await app?.request('/api/v1/summary', { headers: KIOSK });
      statuses.push(response?.status ?? 0);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it('names the database without its password', () => {
    expect(safeUrl('postgres://velkommen:secret@db.example.dk:5432/velkommen')).toBe(
      'postgres://velkommen:***@db.example.dk:5432/velkommen',
    );
    expect(safeUrl('postgresql://velkommen@/velkommen?host=/run/postgresql&password=secret')).toBe(
      'postgresql://velkommen@/velkommen?host=/run/postgresql&password=***',
    );
  });
});
