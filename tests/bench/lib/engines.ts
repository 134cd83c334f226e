// The storage engines a measurement runs on: SQLite always, on a file in the measurement's folder;
// PostgreSQL when BENCH_DATABASE_URL (or else TEST_DATABASE_URL, as CI sets it) names a database
// to measure in, each run in a schema of its own that is dropped afterwards. Without one the
// PostgreSQL rows say "not measured" and are judged on nothing, never passed.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../../src/server/store/open';
import type { VisitStore } from '../../../src/server/store/VisitStore';
import { CENTRE_TIME_ZONE } from '../../../src/shared/time';
import type { Row } from './measure';

export type EngineName = 'SQLite' | 'PostgreSQL';

/** The PostgreSQL database to measure in, if one is given. */
export function benchDatabaseUrl(): string | undefined {
  const given = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
  return given || undefined;
}

/** A plain connection beside the server's, for floors and for counting what was stored. */
export interface PlainConnection {
  /** Runs `sql`, whose parameters are written `?` on both engines. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs `sql`, which returns no rows. */
  run(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Where one measurement keeps its visits on one engine. */
export interface Place {
  engine: EngineName;
  /** The SQLite file; with PostgreSQL, where the server's tokens file would go. */
  dbPath: string;
  /** The PostgreSQL address whose connections use this place's schema; none for SQLite. */
  databaseUrl?: string;
  /** Opens the product's store here, which makes or migrates its schema. */
  open(): Promise<VisitStore>;
  connect(): Promise<PlainConnection>;
}

function sqliteConnection(dbPath: string): PlainConnection {
  const db = new Database(dbPath);
  return {
    all: async <T>(sql: string, params: readonly unknown[] = []) =>
      db.prepare<unknown[], T>(sql).all(...params),
    run: async (sql) => void db.prepare(sql).run(),
    close: async () => void db.close(),
  };
}

async function postgresConnection(url: string): Promise<PlainConnection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    all: async <T>(sql: string, params: readonly unknown[] = []) => {
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      const result = await client.query({ text, values: [...params] });
      return result.rows as T[];
    },
    run: async (sql) => void (await client.query(sql)),
    close: () => client.end(),
  };
}

/** `url` with every connection's search path set to `schema`. */
function inSchema(url: string, schema: string): string {
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${options}`;
}

async function onDatabase(url: string, sql: string): Promise<void> {
  const connection = await postgresConnection(url);
  try {
    await connection.run(sql);
  } finally {
    await connection.close();
  }
}

/** Runs `use` with a place on `engine` in `dir`; a PostgreSQL schema is dropped afterwards. */
export async function withPlace<T>(
  engine: EngineName,
  dir: string,
  use: (place: Place) => Promise<T>,
): Promise<T> {
  const dbPath = join(dir, 'velkommen.db');
  const base = benchDatabaseUrl();
  if (engine === 'SQLite') {
    return use({
      engine,
      dbPath,
      open: () => openStore({ dbPath, timeZone: CENTRE_TIME_ZONE }),
      connect: async () => sqliteConnection(dbPath),
    });
  }
  if (base === undefined) throw new Error('No PostgreSQL database to measure in.');
  const schema = `velkommen_bench_${randomBytes(6).toString('hex')}`;
  const databaseUrl = inSchema(base, schema);
  await onDatabase(base, `CREATE SCHEMA ${schema}`);
  try {
    return await use({
      engine,
      dbPath,
      databaseUrl,
      open: () => openStore({ dbPath, databaseUrl, timeZone: CENTRE_TIME_ZONE }),
      connect: () => postgresConnection(databaseUrl),
    });
  } finally {
    await onDatabase(base, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

/** What a PostgreSQL row says when there is no database to measure in. */
export const NOT_MEASURED = 'not measured: no BENCH_DATABASE_URL (or TEST_DATABASE_URL)';

/**
 * `measure`'s rows on SQLite and on PostgreSQL, each figure's two rows one under the other, judged
 * by the same budgets. Without a PostgreSQL database its rows stand there as not measured.
 */
export async function onBothEngines(
  measure: (engine: EngineName) => Promise<Row[]>,
): Promise<Row[]> {
  const sqlite = await measure('SQLite');
  const postgres: Row[] =
    benchDatabaseUrl() === undefined
      ? sqlite.map(({ what, unit, budget, mustBeAtMost }) => ({
          what,
          unit,
          value: Number.NaN,
          ...(budget ? { budget } : {}),
          ...(mustBeAtMost === undefined ? {} : { mustBeAtMost }),
          notMeasured: NOT_MEASURED,
        }))
      : await measure('PostgreSQL');
  if (postgres.length !== sqlite.length) {
    throw new Error(`SQLite gave ${sqlite.length} rows and PostgreSQL ${postgres.length}.`);
  }
  return sqlite.flatMap((row, i) => {
    const other = postgres[i];
    if (other === undefined || other.what !== row.what) {
      throw new Error(`The engines' rows differ at "${row.what}".`);
    }
    return [
      { ...row, engine: 'SQLite' as const },
      { ...other, engine: 'PostgreSQL' as const },
    ];
  });
}
