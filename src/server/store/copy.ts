// Copies a centre's database between the engines (a SQLite file into PostgreSQL, or back): every
// table the schema holds, row by row as it is kept, then checks that each row of the source is in
// the target, the same. Safe to run again: a row the target holds already is left as it is, so a
// second run copies nothing and checks everything. The rate limits' counters are not copied; they
// only matter for the minute they count.
import type Database from 'better-sqlite3';
import pg from 'pg';
import { openDatabase, openSqliteStore } from './sqlite';
import { openPostgresStore, safeUrl } from './postgres';
import { FIRST_CENTRE_ID } from './migrations';

/** A table, its key and its columns, with the PostgreSQL type of each column's array. */
interface Table {
  name: string;
  key: string;
  /** Which rows are copied, when not all. */
  where?: string;
  columns: readonly (readonly [string, 'text' | 'smallint' | 'integer' | 'bytea'])[];
}

const text = (name: string) => [name, 'text'] as const;

export const TABLES: readonly Table[] = [
  {
    name: 'visits',
    key: 'id',
    columns: [
      ...['id', 'visited_at', 'visited_utc', 'local_date'].map(text),
      ['local_hour', 'smallint'],
      ...['country', 'municipality', 'age_group', 'party_id', 'device_id'].map(text),
      ['voided', 'smallint'],
      ...['kind', 'received_at', 'device', 'arrived_at', 'centre_id'].map(text),
    ],
  },
  {
    name: 'devices',
    key: 'id',
    columns: [
      ...['id', 'name'].map(text),
      ['token_hash', 'bytea'],
      ...['paired_at', 'last_seen_at', 'app_version'].map(text),
      ['waiting', 'integer'],
      text('oldest_waiting_at'),
      ['clock_offset_seconds', 'integer'],
      ...['revoked_at', 'centre_id'].map(text),
    ],
  },
  {
    name: 'pairing_codes',
    key: 'code_hash',
    columns: [
      ['code_hash', 'bytea'],
      ...['created_at', 'expires_at', 'used_at', 'device', 'centre_id'].map(text),
    ],
  },
  {
    // The first centre is made on each side as it opens, from the command's settings
    // (VELKOMMEN_CENTRE_NAME, VELKOMMEN_TZ); the centres added after it are copied.
    name: 'centres',
    key: 'id',
    where: `id <> '${FIRST_CENTRE_ID}'`,
    columns: [
      'id',
      'name',
      'name_key',
      'time_zone',
      'featured_countries',
      'featured_municipalities',
      'created_at',
    ].map(text),
  },
  {
    name: 'centre_tokens',
    key: 'id',
    columns: [
      ...['id', 'centre_id', 'label'].map(text),
      ['token_hash', 'bytea'],
      ...['created_at', 'revoked_at'].map(text),
    ],
  },
  {
    name: 'settings',
    key: 'key',
    // When this database's own ids were put in lower case: each database keeps its own.
    where: "key <> 'ids_in_lower_case'",
    columns: [text('key'), text('value')],
  },
];

type Row = unknown[];

function selectAll(table: Table): string {
  const names = table.columns.map(([c]) => c).join(', ');
  const where = table.where === undefined ? '' : ` WHERE ${table.where}`;
  return `SELECT ${names} FROM ${table.name}${where} ORDER BY ${table.key}`;
}

/** One side of a copy: the rows of a table by key, and rows added where the key is free. */
export interface Side {
  describe: string;
  rows(table: Table): Promise<Row[]>;
  /** Adds the rows whose key is not held yet; resolves with how many were added. */
  add(table: Table, rows: readonly Row[]): Promise<number>;
  close(): Promise<void>;
}

const CHUNK = 5_000;

export function isPostgres(address: string): boolean {
  return /^postgres(ql)?:\/\//i.test(address);
}

/**
 * Opens a side by its address (a PostgreSQL URL or a SQLite file), its schema brought up to date
 * and its days reckoned in `timeZone` first, as the server does at start. A SQLite source must
 * exist already: a mistyped path copies nothing rather than an empty new file.
 */
export async function openSide(
  address: string,
  timeZone: string,
  role: 'source' | 'target',
  exists: (path: string) => boolean,
): Promise<Side> {
  if (isPostgres(address)) {
    await (await openPostgresStore(address, { timeZone })).close();
    return postgresSide(address);
  }
  if (role === 'source' && !exists(address)) {
    throw new Error(`There is no SQLite database at ${address} to copy from.`);
  }
  await openSqliteStore(address, { timeZone, notice: () => undefined }).close();
  return sqliteSide(address, openDatabase(address));
}

function sqliteSide(path: string, db: Database.Database): Side {
  return {
    describe: `${path} (SQLite)`,
    rows: async (table) => db.prepare<[], Row>(selectAll(table)).raw().all(),
    add: async (table, rows) => {
      const names = table.columns.map(([c]) => c);
      const insert = db.prepare<Row>(
        `INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
         ON CONFLICT DO NOTHING`,
      );
      return db
        .transaction(() => rows.reduce<number>((n, row) => n + insert.run(...row).changes, 0))
        .immediate();
    },
    close: async () => {
      db.close();
    },
  };
}

function postgresSide(url: string): Side {
  const pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'velkommen copy' });
  pool.on('error', () => undefined);
  return {
    describe: `PostgreSQL (${safeUrl(url)})`,
    rows: async (table) => {
      const found = await pool.query<Row>({
        text: selectAll(table),
        rowMode: 'array',
      });
      return found.rows;
    },
    add: async (table, rows) => {
      const names = table.columns.map(([c]) => c);
      const arrays = table.columns.map(([, type], i) => `$${i + 1}::${type}[]`);
      let added = 0;
      for (let at = 0; at < rows.length; at += CHUNK) {
        const chunk = rows.slice(at, at + CHUNK);
        const inserted = await pool.query(
          `INSERT INTO ${table.name} (${names.join(', ')})
           SELECT * FROM unnest(${arrays.join(', ')}) ON CONFLICT DO NOTHING`,
          names.map((_, i) => chunk.map((row) => row[i] ?? null)),
        );
        added += inserted.rowCount ?? 0;
      }
      return added;
    },
    close: () => pool.end(),
  };
}

export interface TableReport {
  table: string;
  source: number;
  target: number;
  added: number;
  /** Keys of source rows the target holds otherwise (kept as the target has them). */
  differing: string[];
  /** Keys of source rows the target lacks after the copy. */
  missing: string[];
}

const keyText = (value: unknown): string =>
  Buffer.isBuffer(value) ? value.toString('hex') : String(value);
const rowText = (row: Row): string =>
  JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));

/** Copies every table from `source` to `target`, then compares the two row by row. */
export async function copyDatabase(source: Side, target: Side): Promise<TableReport[]> {
  const reports: TableReport[] = [];
  for (const table of TABLES) {
    const rows = await source.rows(table);
    const added = await target.add(table, rows);
    const held = new Map((await target.rows(table)).map((row) => [keyText(row[0]), rowText(row)]));
    const differing: string[] = [];
    const missing: string[] = [];
    for (const row of rows) {
      const there = held.get(keyText(row[0]));
      if (there === undefined) missing.push(keyText(row[0]));
      else if (there !== rowText(row)) differing.push(keyText(row[0]));
    }
    reports.push({
      table: table.name,
      source: rows.length,
      target: held.size,
      added,
      differing,
      missing,
    });
  }
  return reports;
}
