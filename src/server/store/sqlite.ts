// The visit store on an embedded SQLite file (better-sqlite3). WAL with synchronous=FULL, so a
// committed transaction is on disk before a route answers. local_date and local_hour are worked
// out in the centre's time zone when a visit is stored, so range and summary queries are plain
// index look-ups; if the zone setting ever changes they are worked out again on open.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { GroupCount, ReportTable } from '../../shared/report';
import { localParts } from '../../shared/time';
import type { Visit } from '../../shared/visit';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type {
  DaySummary,
  DeviceActivity,
  KeyCount,
  PutOutcome,
  PutResult,
  VisitStore,
} from './VisitStore';

export interface SqliteStoreOptions {
  timeZone: string;
}

interface VisitRow {
  id: string;
  visited_at: string;
  country: string | null;
  municipality: string | null;
  age_group: string;
  party_id: string;
  device_id: string;
  voided: number;
  kind: string;
}

interface InsertRow extends VisitRow {
  visited_utc: string;
  local_date: string;
  local_hour: number;
  received_at: string;
}

const VISIT_COLUMNS =
  'id, visited_at, country, municipality, age_group, party_id, device_id, voided, kind';

/** Opens (and creates, with its folder) the database at `path`; ':memory:' keeps nothing. */
export function openSqliteStore(path: string, options: SqliteStoreOptions): VisitStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return new SqliteVisitStore(db, options.timeZone);
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: Database.Database): void {
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
  });
  run.immediate();
}

class SqliteVisitStore implements VisitStore {
  readonly timeZone: string;
  readonly #db: Database.Database;
  readonly #put: (visits: readonly Visit[], receivedAt: string) => PutOutcome[];
  readonly #statements;

  constructor(db: Database.Database, timeZone: string) {
    this.#db = db;
    this.timeZone = timeZone;
    this.#statements = prepare(db);
    const s = this.#statements;

    const put = db.transaction((visits: readonly Visit[], receivedAt: string) =>
      visits.map((visit): PutOutcome => {
        const held = s.one.get(visit.id);
        if (!held) {
          s.insert.run(this.#row(visit, receivedAt));
          return 'stored';
        }
        if (!sameRecord(held, visit)) return 'conflict';
        if (held.voided === 0 && visit.voided) {
          s.voidOne.run(receivedAt, visit.id);
          return 'voided';
        }
        // Voiding is one-way: a copy that would bring a voided visit back is a conflict (API.md).
        if (held.voided === 1 && !visit.voided) return 'conflict';
        return 'unchanged';
      }),
    );
    // IMMEDIATE takes the write lock first, so a second process can never make it fail halfway.
    this.#put = (visits, receivedAt) => put.immediate(visits, receivedAt);

    this.#rezone();
  }

  putVisits(visits: readonly Visit[], receivedAt: Date = new Date()): PutResult {
    const outcomes = this.#put(visits, receivedAt.toISOString());
    const stored: string[] = [];
    const conflicts: string[] = [];
    const seen = new Set<string>();
    outcomes.forEach((outcome, i) => {
      const id = visits[i]?.id;
      if (id === undefined) return;
      if (outcome === 'conflict') {
        conflicts.push(id);
      } else if (!seen.has(id)) {
        seen.add(id);
        stored.push(id);
      }
    });
    return { outcomes, stored, conflicts };
  }

  visitsBetween(from: string, to: string, options: { includeVoided?: boolean } = {}): Visit[] {
    const s = this.#statements;
    const rows = options.includeVoided ? s.between.all(from, to) : s.betweenNotVoided.all(from, to);
    return rows.map(toVisit);
  }

  countsBetween(
    from: string,
    to: string,
    table: ReportTable,
  ): { counts: GroupCount[]; volunteers: number } {
    const s = this.#statements;
    const counts = (table === 'countries' ? s.countsByCountry : s.countsByMunicipality).all(
      from,
      to,
    );
    const volunteers = s.volunteersBetween.get(from, to)?.n ?? 0;
    return { counts, volunteers };
  }

  summaryOn(date: string): DaySummary {
    const s = this.#statements;
    const totals = s.dayTotals.get(date);
    return {
      date,
      visits: totals?.visits ?? 0,
      adults: totals?.adults ?? 0,
      children: totals?.children ?? 0,
      volunteers: totals?.volunteers ?? 0,
      byHour: s.dayByHour.all(date),
      byCountry: s.dayByCountry.all(date),
      byMunicipality: s.dayByMunicipality.all(date),
      devices: s.dayDevices.all(date),
    };
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #row(visit: Visit, receivedAt: string): InsertRow {
    const at = Date.parse(visit.visitedAt);
    const local = localParts(visit.visitedAt, this.timeZone);
    return {
      id: visit.id,
      visited_at: visit.visitedAt,
      visited_utc: new Date(at).toISOString(),
      local_date: local.date,
      local_hour: local.hour,
      country: visit.country,
      municipality: visit.municipality,
      age_group: visit.ageGroup,
      party_id: visit.partyId,
      device_id: visit.deviceId,
      voided: visit.voided ? 1 : 0,
      kind: visit.kind,
      received_at: receivedAt,
    };
  }

  // local_date and local_hour belong to one zone; a database moved to another zone's setting is
  // re-reckoned once, in one transaction, rather than counting days in a mix of zones.
  #rezone(): void {
    const db = this.#db;
    const setting = db
      .prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'time_zone'")
      .get();
    if (setting?.value === this.timeZone) return;
    const all = db.prepare<[], { id: string; visited_at: string }>(
      'SELECT id, visited_at FROM visits',
    );
    const update = db.prepare<[string, number, string]>(
      'UPDATE visits SET local_date = ?, local_hour = ? WHERE id = ?',
    );
    const save = db.prepare<[string]>(
      "INSERT INTO settings (key, value) VALUES ('time_zone', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    );
    db.transaction(() => {
      for (const { id, visited_at } of all.all()) {
        const local = localParts(visited_at, this.timeZone);
        update.run(local.date, local.hour, id);
      }
      save.run(this.timeZone);
    }).immediate();
  }
}

function prepare(db: Database.Database) {
  const visitor = "kind = 'visitor' AND voided = 0";
  return {
    one: db.prepare<[string], VisitRow>(`SELECT ${VISIT_COLUMNS} FROM visits WHERE id = ?`),
    insert: db.prepare<InsertRow>(
      `INSERT INTO visits (${VISIT_COLUMNS}, visited_utc, local_date, local_hour, received_at)
       VALUES (@id, @visited_at, @country, @municipality, @age_group, @party_id, @device_id,
               @voided, @kind, @visited_utc, @local_date, @local_hour, @received_at)`,
    ),
    voidOne: db.prepare<[string, string]>(
      'UPDATE visits SET voided = 1, received_at = ? WHERE id = ? AND voided = 0',
    ),
    between: db.prepare<[string, string], VisitRow>(
      `SELECT ${VISIT_COLUMNS} FROM visits WHERE local_date BETWEEN ? AND ?
       ORDER BY visited_utc, id`,
    ),
    betweenNotVoided: db.prepare<[string, string], VisitRow>(
      `SELECT ${VISIT_COLUMNS} FROM visits WHERE local_date BETWEEN ? AND ? AND voided = 0
       ORDER BY visited_utc, id`,
    ),
    countsByCountry: db.prepare<[string, string], GroupCount>(
      `SELECT country AS key, SUM(age_group = 'adult') AS adults, SUM(age_group = 'child') AS children
       FROM visits WHERE local_date BETWEEN ? AND ? AND ${visitor}
       GROUP BY country ORDER BY country IS NULL, country`,
    ),
    countsByMunicipality: db.prepare<[string, string], GroupCount>(
      `SELECT municipality AS key, SUM(age_group = 'adult') AS adults, SUM(age_group = 'child') AS children
       FROM visits WHERE local_date BETWEEN ? AND ? AND ${visitor}
       GROUP BY municipality ORDER BY municipality IS NULL, municipality`,
    ),
    volunteersBetween: db.prepare<[string, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM visits
       WHERE local_date BETWEEN ? AND ? AND kind = 'volunteer' AND voided = 0`,
    ),
    dayTotals: db.prepare<
      [string],
      { visits: number; adults: number; children: number; volunteers: number }
    >(
      `SELECT COALESCE(SUM(kind = 'visitor'), 0) AS visits,
              COALESCE(SUM(kind = 'visitor' AND age_group = 'adult'), 0) AS adults,
              COALESCE(SUM(kind = 'visitor' AND age_group = 'child'), 0) AS children,
              COALESCE(SUM(kind = 'volunteer'), 0) AS volunteers
       FROM visits WHERE local_date = ? AND voided = 0`,
    ),
    dayByHour: db.prepare<[string], { hour: number; visits: number }>(
      `SELECT local_hour AS hour, COUNT(*) AS visits FROM visits
       WHERE local_date = ? AND ${visitor} GROUP BY local_hour ORDER BY local_hour`,
    ),
    dayByCountry: db.prepare<[string], KeyCount>(
      `SELECT country AS key, COUNT(*) AS visits FROM visits
       WHERE local_date = ? AND ${visitor}
       GROUP BY country ORDER BY visits DESC, country IS NULL, country`,
    ),
    dayByMunicipality: db.prepare<[string], KeyCount>(
      `SELECT municipality AS key, COUNT(*) AS visits FROM visits
       WHERE local_date = ? AND ${visitor}
       GROUP BY municipality ORDER BY visits DESC, municipality IS NULL, municipality`,
    ),
    // Every device that sent anything for the day, so staff can see a tablet is syncing even
    // when it has recorded only volunteers or mistaps.
    dayDevices: db.prepare<[string], DeviceActivity>(
      `SELECT device_id AS deviceId, SUM(${visitor}) AS visits, MAX(received_at) AS lastSeenAt
       FROM visits WHERE local_date = ? GROUP BY device_id ORDER BY device_id`,
    ),
  };
}

function sameRecord(held: VisitRow, visit: Visit): boolean {
  return (
    held.visited_at === visit.visitedAt &&
    held.country === visit.country &&
    held.municipality === visit.municipality &&
    held.age_group === visit.ageGroup &&
    held.party_id === visit.partyId &&
    held.device_id === visit.deviceId &&
    held.kind === visit.kind
  );
}

// The CHECK constraints keep age_group and kind to these values.
function toVisit(row: VisitRow): Visit {
  return {
    id: row.id,
    visitedAt: row.visited_at,
    country: row.country,
    municipality: row.municipality,
    ageGroup: row.age_group === 'child' ? 'child' : 'adult',
    partyId: row.party_id,
    deviceId: row.device_id,
    voided: row.voided === 1,
    kind: row.kind === 'volunteer' ? 'volunteer' : 'visitor',
  };
}
