// Test support: the storage engines a test runs on. SQLite always, on a file in a temporary
// folder; PostgreSQL when TEST_DATABASE_URL names a database to test in, each place in a schema of
// its own that is dropped afterwards, so test files run side by side on one database. Without
// TEST_DATABASE_URL the PostgreSQL cases are reported as skipped (and tests/setup/engines.ts says
// why once), never passed.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { openPostgresStore } from '../store/postgres';
import { openSqliteStore } from '../store/sqlite';
import type { VisitStore } from '../store/VisitStore';

/** Where one test keeps its visits: a SQLite file, or a schema of a PostgreSQL database. */
export interface Place {
  /** The SQLite file; with PostgreSQL, the folder the tokens file goes in. */
  dbPath: string;
  /** The PostgreSQL address whose connections use this place's schema; none for SQLite. */
  databaseUrl?: string;
  /** Opens (again) the store kept here. */
  open(timeZone?: string): Promise<VisitStore>;
  /** Removes what the place holds (the schema; the SQLite file goes with its folder). */
  dispose(): Promise<void>;
}

export interface Engine {
  name: 'SQLite' | 'PostgreSQL';
  available: boolean;
  /** A new, empty place; `dir` is a temporary folder the test removes. */
  place(dir: string): Promise<Place>;
}

const CENTRE_ZONE = 'Europe/Copenhagen';

export const SQLITE: Engine = {
  name: 'SQLite',
  available: true,
  place: async (dir) => {
    const dbPath = join(dir, 'data', 'velkommen.db');
    return {
      dbPath,
      open: async (timeZone = CENTRE_ZONE) => openSqliteStore(dbPath, { timeZone }),
      dispose: async () => undefined,
    };
  },
};

/** The PostgreSQL database the tests may make schemas in, if one is given. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** `url` with every connection's search path set to `schema`. */
export function inSchema(url: string, schema: string): string {
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${options}`;
}

/** Runs one statement on the test database with a connection of its own. */
export async function onTestDatabase(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty schema on the test database, and its address. */
export async function freshSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  if (TEST_DATABASE_URL === undefined) throw new Error('TEST_DATABASE_URL is not set.');
  const base = TEST_DATABASE_URL;
  const schema = `velkommen_test_${randomBytes(6).toString('hex')}`;
  await onTestDatabase(`CREATE SCHEMA ${schema}`);
  return {
    url: inSchema(base, schema),
    drop: () => onTestDatabase(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
}

export const POSTGRES: Engine = {
  name: 'PostgreSQL',
  available: TEST_DATABASE_URL !== undefined,
  place: async (dir) => {
    const { url, drop } = await freshSchema();
    return {
      dbPath: join(dir, 'data', 'velkommen.db'),
      databaseUrl: url,
      // Few connections each: many test files share the one test database.
      open: (timeZone = CENTRE_ZONE) => openPostgresStore(url, { timeZone, maxConnections: 4 }),
      dispose: drop,
    };
  },
};

export const ENGINES: readonly Engine[] = [SQLITE, POSTGRES];

/** `body`'s tests once on each engine; skipped, and so reported, on one not available here. */
export function describeEngines(title: string, body: (engine: Engine) => void): void {
  for (const engine of ENGINES) {
    (engine.available ? describe : describe.skip)(`${title} (${engine.name})`, () => body(engine));
  }
}
