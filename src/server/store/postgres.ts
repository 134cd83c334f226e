// The visit store on PostgreSQL (node-postgres), chosen by DATABASE_URL. The same tables and the
// same answers as the SQLite store; the database itself decides what is stored (see
// postgresWrites.ts), so any number of server processes may share one. The schema's steps are
// applied at start under a transaction-scoped advisory lock: of two processes starting at once,
// the second waits and then finds the schema made.
import pg from 'pg';
import type { ReportTable } from '../../shared/api/report';
import type { DaySummary, DeviceActivity, KeyCount } from '../../shared/api/summary';
import type { LoggedVisit } from '../../shared/api/visits';
import type { GroupCount } from '../../shared/reports/report';
import type { Visit } from '../../shared/visit';
import type { CounterStore } from './counters';
import type { DeviceStore } from './devices';
import { rowToCentredVisit, rowToLoggedVisit, rowToVisit, VISIT_COLUMNS } from './flatVisit';
import { DEFAULT_CENTRE_NAME, type CentreStore, type FirstCentre } from './centres';
import { ensureFirstCentrePg, postgresCentres } from './postgresCentres';
import { postgresDevices } from './postgresDevices';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from './postgresMigrations';
import { putBatchesPg } from './postgresWrites';
import { inTransaction } from './postgresTransaction';
import {
  onlyOutcome,
  type BatchOutcome,
  type CentredVisit,
  type CentreScope,
  type PutBatch,
  type PutResult,
  type VisitStore,
} from './VisitStore';

export interface PostgresStoreOptions {
  /** The first centre's zone (VELKOMMEN_TZ). */
  timeZone: string;
  /** The first centre's name when it is made (VELKOMMEN_CENTRE_NAME); default "Velkommen". */
  centreName?: string;
  /** Connections this process keeps open at most; default 10. */
  maxConnections?: number;
}

/** Any 64-bit number, the same in every process: the key of the schema's advisory lock. */
const SCHEMA_LOCK = 7_146_010_503_221_017;

/** Whether a DATABASE_URL names a PostgreSQL database. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** A database address without its password (in the address or its query), fit for a log line. */
export function safeUrl(url: string): string {
  return url
    .replace(/^(postgres(?:ql)?:\/\/[^:/@?]*):[^@/?]*@/i, '$1:***@')
    .replace(/([?&]password=)[^&]*/i, '$1***');
}

/** Connects, brings the schema up to date and opens the store. */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions,
): Promise<VisitStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    // A database that cannot be reached fails a request (which the tablet sends again) rather
    // than holding it open for ever.
    connectionTimeoutMillis: 10_000,
    application_name: 'velkommen',
    // Every query of the server reads or writes ranges of one index, most of them one centre's
    // days. Starting parallel workers for them cost more than they saved (one centre's decade took
    // three times as long with two workers as without), and on a database server the
    // municipality shares with its other services those workers are better left to others. Set
    // before the pool hands the connection out.
    onConnect: async (client) => {
      await client.query('SET max_parallel_workers_per_gather = 0');
    },
  });
  // An idle connection the server drops (a restart, a failover) is replaced at the next query;
  // without a listener the pool's error would stop the process.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, {
      name: options.centreName ?? DEFAULT_CENTRE_NAME,
      timeZone: options.timeZone,
    });
    return new PostgresVisitStore(pool, options.timeZone);
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function migrate(pool: pg.Pool, first: FirstCentre): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const found = await client.query<{ version: number | null }>(
      'SELECT MAX(version) AS version FROM schema_version',
    );
    const current = found.rows[0]?.version ?? 0;
    if (current > PG_SCHEMA_VERSION) {
      throw new Error(
        `The database was made by a newer Velkommen (schema ${current}, this one knows ${PG_SCHEMA_VERSION}); update Velkommen.`,
      );
    }
    for (const migration of PG_MIGRATIONS) {
      if (migration.version > current) await client.query(migration.sql);
    }
    if (current !== PG_SCHEMA_VERSION) {
      await client.query('DELETE FROM schema_version');
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [PG_SCHEMA_VERSION]);
    }
    await ensureFirstCentrePg(client, first);
  });
}

const VISITOR = "kind = 'visitor' AND voided = 0";
// The centres asked for, or every centre: with every centre the day index is read for each
// centre in turn (the ids come from the centres table, which the planner reads first).
const CENTRES = `centre_id = ANY(COALESCE($3::text[], ARRAY(SELECT id FROM centres)))`;
const RANGE = `${CENTRES} AND local_date BETWEEN $1 AND $2`;
const DAY = `centre_id = ANY(COALESCE($2::text[], ARRAY(SELECT id FROM centres))) AND local_date = $1`;
const SQL = {
  between: `SELECT ${VISIT_COLUMNS} FROM visits WHERE ${RANGE} ORDER BY visited_utc, id`,
  betweenNotVoided: `SELECT ${VISIT_COLUMNS} FROM visits WHERE ${RANGE} AND voided = 0
    ORDER BY visited_utc, id`,
  logBetween: `SELECT ${VISIT_COLUMNS}, arrived_at, device, centre_id FROM visits WHERE ${RANGE}
    ORDER BY visited_utc, id`,
  logBetweenNotVoided: `SELECT ${VISIT_COLUMNS}, arrived_at, device, centre_id FROM visits
    WHERE ${RANGE} AND voided = 0 ORDER BY visited_utc, id`,
  held: 'SELECT id FROM visits WHERE id = ANY($1::text[])',
  // The volunteers are counted in the same pass as the visitors, so the range is read once; a
  // group with volunteers only is not a row of the table.
  countsBy: (column: 'country' | 'municipality') =>
    `SELECT ${column} AS key,
       COUNT(*) FILTER (WHERE kind = 'visitor' AND age_group = 'adult')::int AS adults,
       COUNT(*) FILTER (WHERE kind = 'visitor' AND age_group = 'child')::int AS children,
       COUNT(*) FILTER (WHERE kind = 'volunteer')::int AS volunteers
     FROM visits WHERE ${RANGE} AND voided = 0
     GROUP BY ${column} ORDER BY ${column} IS NULL, ${column}`,
  dayTotals: `SELECT COUNT(*) FILTER (WHERE kind = 'visitor')::int AS visits,
      COUNT(*) FILTER (WHERE kind = 'visitor' AND age_group = 'adult')::int AS adults,
      COUNT(*) FILTER (WHERE kind = 'visitor' AND age_group = 'child')::int AS children,
      COUNT(*) FILTER (WHERE kind = 'volunteer')::int AS volunteers
    FROM visits WHERE ${DAY} AND voided = 0`,
  dayByHour: `SELECT local_hour AS hour, COUNT(*)::int AS visits FROM visits
    WHERE ${DAY} AND ${VISITOR} GROUP BY local_hour ORDER BY local_hour`,
  dayBy: (column: 'country' | 'municipality') =>
    `SELECT ${column} AS key, COUNT(*)::int AS visits FROM visits
     WHERE ${DAY} AND ${VISITOR}
     GROUP BY ${column} ORDER BY visits DESC, ${column} IS NULL, ${column}`,
  // SQLite sorts NULL first; so here too.
  dayDevices: `SELECT device_id AS "deviceId", device,
      COUNT(*) FILTER (WHERE ${VISITOR})::int AS visits, MAX(received_at) AS "lastSeenAt"
    FROM visits WHERE ${DAY} GROUP BY device_id, device
    ORDER BY device_id, device NULLS FIRST`,
};

class PostgresVisitStore implements VisitStore {
  readonly timeZone: string;
  readonly devices: DeviceStore;
  readonly counters: CounterStore;
  readonly centres: CentreStore;
  readonly #pool: pg.Pool;
  #closed: Promise<void> | undefined;

  constructor(pool: pg.Pool, timeZone: string) {
    this.#pool = pool;
    this.timeZone = timeZone;
    this.devices = postgresDevices(pool);
    this.counters = postgresCounters(pool);
    this.centres = postgresCentres(pool);
  }

  /** The centres a read covers: the ids given, or null for every centre. */
  #scope(scope: CentreScope): readonly string[] | null {
    return scope.centres ?? null;
  }

  async putVisits(visits: readonly Visit[], receivedAt: Date = new Date()): Promise<PutResult> {
    return onlyOutcome(await this.putBatches([{ visits, receivedAt }]));
  }

  async putBatches(batches: readonly PutBatch[]): Promise<BatchOutcome[]> {
    const client = await this.#pool.connect();
    try {
      return await putBatchesPg(client, batches, this.timeZone);
    } finally {
      client.release();
    }
  }

  async visitsBetween(
    from: string,
    to: string,
    options: { includeVoided?: boolean } & CentreScope = {},
  ): Promise<Visit[]> {
    const text = options.includeVoided ? SQL.between : SQL.betweenNotVoided;
    return (await this.#rows(text, [from, to, this.#scope(options)])).map(rowToVisit);
  }

  async visitLogBetween(
    from: string,
    to: string,
    options: { includeVoided?: boolean } & CentreScope = {},
  ): Promise<LoggedVisit[]> {
    return (await this.#log(from, to, options)).map(rowToLoggedVisit);
  }

  async centredLogBetween(
    from: string,
    to: string,
    options: { includeVoided?: boolean } & CentreScope = {},
  ): Promise<CentredVisit[]> {
    return (await this.#log(from, to, options)).map(rowToCentredVisit);
  }

  #log(
    from: string,
    to: string,
    options: { includeVoided?: boolean } & CentreScope,
  ): Promise<unknown[][]> {
    const text = options.includeVoided ? SQL.logBetween : SQL.logBetweenNotVoided;
    return this.#rows(text, [from, to, this.#scope(options)]);
  }

  async heldAmong(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const found = await this.#pool.query<{ id: string }>(SQL.held, [ids]);
    return new Set(found.rows.map((row) => row.id));
  }

  async countsBetween(
    from: string,
    to: string,
    table: ReportTable,
    scope: CentreScope = {},
  ): Promise<{ counts: GroupCount[]; volunteers: number }> {
    const column = table === 'countries' ? 'country' : 'municipality';
    const centres = this.#scope(scope);
    const found = await this.#pool.query<GroupCount & { volunteers: number }>(
      SQL.countsBy(column),
      [from, to, centres],
    );
    const counts: GroupCount[] = [];
    let volunteers = 0;
    for (const { key, adults, children, volunteers: helped } of found.rows) {
      volunteers += helped;
      if (adults + children > 0) counts.push({ key, adults, children });
    }
    return { counts, volunteers };
  }

  async summaryOn(date: string, scope: CentreScope = {}): Promise<DaySummary> {
    const pool = this.#pool;
    const centres = this.#scope(scope);
    const [totals, byHour, byCountry, byMunicipality, devices] = await Promise.all([
      pool.query<{ visits: number; adults: number; children: number; volunteers: number }>(
        SQL.dayTotals,
        [date, centres],
      ),
      pool.query<{ hour: number; visits: number }>(SQL.dayByHour, [date, centres]),
      pool.query<KeyCount>(SQL.dayBy('country'), [date, centres]),
      pool.query<KeyCount>(SQL.dayBy('municipality'), [date, centres]),
      pool.query<DeviceActivity>(SQL.dayDevices, [date, centres]),
    ]);
    const total = totals.rows[0];
    return {
      date,
      visits: total?.visits ?? 0,
      adults: total?.adults ?? 0,
      children: total?.children ?? 0,
      volunteers: total?.volunteers ?? 0,
      byHour: byHour.rows,
      byCountry: byCountry.rows,
      byMunicipality: byMunicipality.rows,
      devices: devices.rows,
    };
  }

  close(): Promise<void> {
    this.#closed ??= this.#pool.end();
    return this.#closed;
  }

  async #rows(text: string, values: unknown[]): Promise<unknown[][]> {
    const result = await this.#pool.query<unknown[]>({ text, values, rowMode: 'array' });
    return result.rows;
  }
}

/**
 * The rate limits' counters in the rate_limits table: one statement counts a request, so of two
 * processes counting the same tablet at once each sees the other's request. The window is reckoned
 * by the database's clock, the same for every process.
 */
function postgresCounters(pool: pg.Pool): CounterStore {
  let lastSweep = 0;
  return {
    increment: async (key, windowMs) => {
      // Windows long over are swept now and then, so the table holds only the keys in use.
      if (Date.now() - lastSweep > 60_000) {
        lastSweep = Date.now();
        await pool.query("DELETE FROM rate_limits WHERE reset_at < now() - interval '1 hour'");
      }
      const counted = await pool.query<{ hits: number; left_ms: number }>(
        `INSERT INTO rate_limits AS r (key, hits, reset_at)
           VALUES ($1, 1, now() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN r.reset_at <= now() THEN 1 ELSE r.hits + 1 END,
           reset_at = CASE WHEN r.reset_at <= now() THEN excluded.reset_at ELSE r.reset_at END
         RETURNING hits, (extract(epoch FROM reset_at - now()) * 1000)::float8 AS left_ms`,
        [key, windowMs],
      );
      const row = counted.rows[0];
      if (row === undefined) throw new Error(`The request for ${key} was not counted.`);
      // What is left of the window, by the database's clock, is set on this process's clock: the
      // two machines' clocks may differ, and Retry-After is read against this one.
      return { totalHits: row.hits, resetTime: new Date(Date.now() + row.left_ms) };
    },
    decrement: async (key) => {
      await pool.query('UPDATE rate_limits SET hits = GREATEST(hits - 1, 0) WHERE key = $1', [key]);
    },
    reset: async (key) => {
      await pool.query('DELETE FROM rate_limits WHERE key = $1', [key]);
    },
  };
}
