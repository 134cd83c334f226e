// The visit store on an embedded SQLite file (better-sqlite3). WAL with synchronous=FULL, so a
// committed transaction is on disk before a route answers. local_date and local_hour are worked
// out in the centre's time zone when a visit is stored, so range and summary queries are plain
// index look-ups; if the zone setting ever changes they are worked out again on open.
import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import type { ReportTable } from '../../shared/api/report';
import type { DaySummary, DeviceActivity, KeyCount } from '../../shared/api/summary';
import type { GroupCount } from '../../shared/reports/report';
import type { Visit } from '../../shared/visit';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { rowToCentredVisit, rowToLoggedVisit, rowToVisit, VISIT_COLUMNS } from './flatVisit';
import {
  DEFAULT_CENTRE_NAME,
  ensureFirstCentreSqlite,
  sqliteCentres,
  type CentreStore,
  type FirstCentre,
} from './centres';
import { sqliteWriter, type SqliteWriter } from './sqliteWrites';
import { sqliteDevices, type SqliteDeviceStore } from './devices';
import type { LoggedVisit } from '../../shared/api/visits';
import {
  onlyOutcome,
  type BatchOutcome,
  type CentredVisit,
  type CentreScope,
  type PutBatch,
  type PutResult,
  type VisitStore,
} from './VisitStore';
import { createPrivateFile, privateFile, privateFolder, type PrivacyNote } from '../project/paths';

export interface SqliteStoreOptions {
  /** The first centre's zone (VELKOMMEN_TZ). */
  timeZone: string;
  /** The first centre's name when it is made (VELKOMMEN_CENTRE_NAME); default "Velkommen". */
  centreName?: string;
  /**
   * Told what the server should know at start and cannot put right itself: a folder others may
   * read, visits kept under a capitalised id (see lowerCaseIds). Default: standard error.
   */
  notice?: (line: string) => void;
}

/**
 * A connection to the database at `path` (created, with its folder, if missing) in the one mode
 * every connection uses: WAL, and synchronous=FULL so that a commit is on disk when it returns.
 * The folder is made 0700 and the database, its WAL and its shared memory 0600, those already
 * there included (see project/paths.ts), whatever the process's umask; `notice` hears of any that
 * could not be (by default nobody: the store opened first has said it already).
 */
export function openDatabase(
  path: string,
  notice: (line: string) => void = () => undefined,
): Database.Database {
  const notes: PrivacyNote[] = [];
  if (path !== ':memory:') {
    notes.push(privateFolder(dirname(path)));
    // SQLite gives the WAL and shared-memory files it makes the database file's own mode.
    createPrivateFile(path);
    notes.push(privateFile(path));
  }
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    if (path !== ':memory:') notes.push(privateFile(`${path}-wal`), privateFile(`${path}-shm`));
    for (const note of notes) if (note !== null) notice(note);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens (and creates, with its folder) the database at `path`; ':memory:' keeps nothing. */
export function openSqliteStore(path: string, options: SqliteStoreOptions): VisitStore {
  const notice = options.notice ?? ((line: string) => console.warn(line));
  const db = openDatabase(path, notice);
  try {
    migrate(db, { name: options.centreName ?? DEFAULT_CENTRE_NAME, timeZone: options.timeZone });
    lowerCaseIds(db, notice);
    return new SqliteVisitStore(db, options.timeZone);
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: Database.Database, first: FirstCentre): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT');
  const run = db.transaction(() => {
    const row = db
      .prepare<[], { version: number }>('SELECT MAX(version) AS version FROM schema_version')
      .get();
    const current = row?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `The database was made by a newer Velkommen (schema ${current}, this one knows ${SCHEMA_VERSION}); update Velkommen.`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (migration.version > current) db.exec(migration.sql);
    }
    if (current !== SCHEMA_VERSION) {
      db.exec('DELETE FROM schema_version');
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
    }
    ensureFirstCentreSqlite(db, first);
  });
  run.immediate();
}

class SqliteVisitStore implements VisitStore {
  readonly timeZone: string;
  readonly devices: SqliteDeviceStore;
  readonly centres: CentreStore;
  readonly #db: Database.Database;
  readonly #writer: SqliteWriter;
  readonly #statements;

  constructor(db: Database.Database, timeZone: string) {
    this.#db = db;
    this.timeZone = timeZone;
    this.#statements = prepare(db);
    this.#writer = sqliteWriter(db, timeZone);
    this.devices = sqliteDevices(db);
    this.centres = sqliteCentres(db);
    this.#allCentres = db.prepare<[], { ids: string }>(
      'SELECT json_group_array(id) AS ids FROM centres',
    );
  }

  readonly #allCentres;

  /** The centres a read covers, as the JSON array the statements take. */
  #scope(scope: CentreScope): string {
    if (scope.centres !== undefined) return JSON.stringify(scope.centres);
    return this.#allCentres.get()?.ids ?? '[]';
  }

  // better-sqlite3 answers at once: each method does its work synchronously and hands the
  // interface a settled promise.
  async putVisits(visits: readonly Visit[], receivedAt: Date = new Date()): Promise<PutResult> {
    return onlyOutcome(this.#writer.putBatches([{ visits, receivedAt }]));
  }

  async putBatches(batches: readonly PutBatch[]): Promise<BatchOutcome[]> {
    return this.#writer.putBatches(batches);
  }

  async visitsBetween(
    from: string,
    to: string,
    options: { includeVoided?: boolean } & CentreScope = {},
  ): Promise<Visit[]> {
    const s = this.#statements;
    const centres = this.#scope(options);
    const rows = options.includeVoided
      ? s.between.all(centres, from, to)
      : s.betweenNotVoided.all(centres, from, to);
    return rows.map(rowToVisit);
  }

  async visitLogBetween(
    from: string,
    to: string,
    options: { includeVoided?: boolean } & CentreScope = {},
  ): Promise<LoggedVisit[]> {
    return this.#log(from, to, options).map(rowToLoggedVisit);
  }

  async centredLogBetween(
    from: string,
    to: string,
    options: { includeVoided?: boolean } & CentreScope = {},
  ): Promise<CentredVisit[]> {
    return this.#log(from, to, options).map(rowToCentredVisit);
  }

  #log(from: string, to: string, options: { includeVoided?: boolean } & CentreScope): unknown[][] {
    const s = this.#statements;
    const centres = this.#scope(options);
    return options.includeVoided
      ? s.logBetween.all(centres, from, to)
      : s.logBetweenNotVoided.all(centres, from, to);
  }

  async heldAmong(ids: readonly string[]): Promise<Set<string>> {
    const held = new Set<string>();
    for (const id of ids) if (this.#statements.holds.get(id) !== undefined) held.add(id);
    return held;
  }

  async countsBetween(
    from: string,
    to: string,
    table: ReportTable,
    scope: CentreScope = {},
  ): Promise<{ counts: GroupCount[]; volunteers: number }> {
    const s = this.#statements;
    const centres = this.#scope(scope);
    const counts = (table === 'countries' ? s.countsByCountry : s.countsByMunicipality).all(
      centres,
      from,
      to,
    );
    const volunteers = s.volunteersBetween.get(centres, from, to)?.n ?? 0;
    return { counts, volunteers };
  }

  async summaryOn(date: string, scope: CentreScope = {}): Promise<DaySummary> {
    const s = this.#statements;
    const centres = this.#scope(scope);
    const totals = s.dayTotals.get(centres, date);
    return {
      date,
      visits: totals?.visits ?? 0,
      adults: totals?.adults ?? 0,
      children: totals?.children ?? 0,
      volunteers: totals?.volunteers ?? 0,
      byHour: s.dayByHour.all(centres, date),
      byCountry: s.dayByCountry.all(centres, date),
      byMunicipality: s.dayByMunicipality.all(centres, date),
      devices: s.dayDevices.all(centres, date),
    };
  }

  async close(): Promise<void> {
    if (this.#db.open) this.devices.flushSeen();
    if (this.#db.open) this.#db.close();
  }
}

function prepare(db: Database.Database) {
  const visitor = "kind = 'visitor' AND voided = 0";
  // The centres asked for, as a JSON array: the day index leads with the centre, so each
  // centre's days are one range of it.
  const centre = 'centre_id IN (SELECT value FROM json_each(?))';
  const range = `${centre} AND local_date BETWEEN ? AND ?`;
  const day = `${centre} AND local_date = ?`;
  return {
    // Rows as arrays of the visit's columns in order, for rowToVisit.
    between: db
      .prepare<[string, string, string], unknown[]>(
        `SELECT ${VISIT_COLUMNS} FROM visits WHERE ${range}
         ORDER BY visited_utc, id`,
      )
      .raw(),
    betweenNotVoided: db
      .prepare<[string, string, string], unknown[]>(
        `SELECT ${VISIT_COLUMNS} FROM visits WHERE ${range} AND voided = 0
         ORDER BY visited_utc, id`,
      )
      .raw(),
    logBetween: db
      .prepare<[string, string, string], unknown[]>(
        `SELECT ${VISIT_COLUMNS}, arrived_at, device, centre_id FROM visits WHERE ${range}
         ORDER BY visited_utc, id`,
      )
      .raw(),
    logBetweenNotVoided: db
      .prepare<[string, string, string], unknown[]>(
        `SELECT ${VISIT_COLUMNS}, arrived_at, device, centre_id FROM visits
         WHERE ${range} AND voided = 0 ORDER BY visited_utc, id`,
      )
      .raw(),
    holds: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM visits WHERE id = ?'),
    countsByCountry: db.prepare<[string, string, string], GroupCount>(
      `SELECT country AS key, SUM(age_group = 'adult') AS adults, SUM(age_group = 'child') AS children
       FROM visits WHERE ${range} AND ${visitor}
       GROUP BY country ORDER BY country IS NULL, country`,
    ),
    countsByMunicipality: db.prepare<[string, string, string], GroupCount>(
      `SELECT municipality AS key, SUM(age_group = 'adult') AS adults, SUM(age_group = 'child') AS children
       FROM visits WHERE ${range} AND ${visitor}
       GROUP BY municipality ORDER BY municipality IS NULL, municipality`,
    ),
    volunteersBetween: db.prepare<[string, string, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM visits
       WHERE ${range} AND kind = 'volunteer' AND voided = 0`,
    ),
    dayTotals: db.prepare<
      [string, string],
      { visits: number; adults: number; children: number; volunteers: number }
    >(
      `SELECT COALESCE(SUM(kind = 'visitor'), 0) AS visits,
              COALESCE(SUM(kind = 'visitor' AND age_group = 'adult'), 0) AS adults,
              COALESCE(SUM(kind = 'visitor' AND age_group = 'child'), 0) AS children,
              COALESCE(SUM(kind = 'volunteer'), 0) AS volunteers
       FROM visits WHERE ${day} AND voided = 0`,
    ),
    dayByHour: db.prepare<[string, string], { hour: number; visits: number }>(
      `SELECT local_hour AS hour, COUNT(*) AS visits FROM visits
       WHERE ${day} AND ${visitor} GROUP BY local_hour ORDER BY local_hour`,
    ),
    dayByCountry: db.prepare<[string, string], KeyCount>(
      `SELECT country AS key, COUNT(*) AS visits FROM visits
       WHERE ${day} AND ${visitor}
       GROUP BY country ORDER BY visits DESC, country IS NULL, country`,
    ),
    dayByMunicipality: db.prepare<[string, string], KeyCount>(
      `SELECT municipality AS key, COUNT(*) AS visits FROM visits
       WHERE ${day} AND ${visitor}
       GROUP BY municipality ORDER BY visits DESC, municipality IS NULL, municipality`,
    ),
    // Every device that sent anything for the day, so staff can see a tablet is syncing even
    // when it has recorded only volunteers or mistaps.
    // One row per name and tablet: a renamed tablet has a row for each name, and two tablets
    // given one name a row each.
    dayDevices: db.prepare<[string, string], DeviceActivity>(
      `SELECT device_id AS deviceId, device, SUM(${visitor}) AS visits,
              MAX(received_at) AS lastSeenAt
       FROM visits WHERE ${day} GROUP BY device_id, device ORDER BY device_id, device`,
    ),
  };
}

/**
 * Visit ids and party ids are UUIDs kept in lower case, so a copy written in capitals is the same
 * visit. Visits stored before that rule may hold capitals: each is given its lower-case id once,
 * in one transaction, unless a visit under that lower-case id is held already. Those two are
 * different records that may not be merged unseen, so both are kept as they are and `notice`
 * names them (a copy sent again now finds the lower-case one). Returns the ids kept in capitals.
 */
export function lowerCaseIds(db: Database.Database, notice: (line: string) => void): string[] {
  const done = db
    .prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'ids_in_lower_case'")
    .get();
  if (done) return [];
  const capitalised = db.prepare<[], { id: string }>(
    'SELECT id FROM visits WHERE id <> lower(id) ORDER BY id',
  );
  const taken = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM visits WHERE id = ?');
  const lower = db.prepare<[string, string]>('UPDATE visits SET id = ? WHERE id = ?');
  const kept: string[] = [];
  db.transaction(() => {
    for (const { id } of capitalised.all()) {
      const canonical = id.toLowerCase();
      if (taken.get(canonical)) kept.push(id);
      else lower.run(canonical, id);
    }
    db.exec('UPDATE visits SET party_id = lower(party_id) WHERE party_id <> lower(party_id)');
    db.prepare("INSERT INTO settings (key, value) VALUES ('ids_in_lower_case', ?)").run(
      new Date().toISOString(),
    );
  }).immediate();
  if (kept.length > 0) {
    notice(
      `${kept.length} visit(s) are kept under an id in capitals because a different visit is stored under the same id in lower case; both are kept and counted, check them in the visit list: ${kept.join(', ')}`,
    );
  }
  return kept;
}
