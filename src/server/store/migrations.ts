// The database schema as an ordered list of steps. A step is only ever added, never changed once
// released: a centre's database made by an older version runs the steps it lacks, in order, and
// schema_version says how far it got.

/**
 * The id of the centre made at first start (or by the migration of a database made before
 * centres), the same in every database.
 */
export const FIRST_CENTRE_ID = '00000000-0000-4000-8000-000000000000';

export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE visits (
        id TEXT PRIMARY KEY NOT NULL,
        visited_at TEXT NOT NULL,          -- as the tablet wrote it, with its UTC offset
        visited_utc TEXT NOT NULL,         -- the same instant in UTC, for ordering
        local_date TEXT NOT NULL,          -- YYYY-MM-DD in the centre's time zone
        local_hour INTEGER NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
        country TEXT,
        municipality TEXT,
        age_group TEXT NOT NULL CHECK (age_group IN ('adult', 'child')),
        party_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        voided INTEGER NOT NULL CHECK (voided IN (0, 1)),
        kind TEXT NOT NULL CHECK (kind IN ('visitor', 'volunteer')),
        received_at TEXT NOT NULL          -- when the server stored it, or voided it (ISO, UTC)
      ) STRICT;
      CREATE INDEX visits_by_day ON visits (local_date, visited_utc, id);
      CREATE INDEX visitors_by_day_country ON visits (local_date, country, age_group)
        WHERE kind = 'visitor' AND voided = 0;
      CREATE INDEX visitors_by_day_municipality ON visits (local_date, municipality, age_group)
        WHERE kind = 'visitor' AND voided = 0;
      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    // Every stored visit wrote five b-trees (the table, the id index and the three below), and
    // under load those index writes were most of the cost of a visit. One index keyed by day that
    // carries every column the report and the day's summary group by serves them all, without
    // the table: it also covers the volunteers' count, which read the table row by row before.
    // Day exports (ordered by time) read the rows and sort them, as they already did.
    version: 2,
    sql: `
      DROP INDEX visits_by_day;
      DROP INDEX visitors_by_day_country;
      DROP INDEX visitors_by_day_municipality;
      CREATE INDEX visits_by_day_counts
        ON visits (local_date, kind, voided, country, municipality, age_group);
    `,
  },
  {
    // Which tablet sent each visit, by the tablet's own id rather than its name, so that a
    // tablet's receipt still finds its visits after a rename and two tablets given one name are
    // not counted as one. Visits stored before, or sent without an id, have none.
    version: 3,
    sql: `
      ALTER TABLE visits ADD COLUMN device TEXT;
    `,
  },
  {
    // A key for each tablet and the one-time codes that pair one. Only SHA-256 hashes of keys and
    // codes are kept, so a copy of the database (a backup) pairs nothing. arrived_at is when the
    // server first received a visit and, unlike received_at (which a void moves on, for the day's
    // "last seen"), never changes; visits stored before have their received_at as the best known.
    version: 4,
    sql: `
      CREATE TABLE devices (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        token_hash BLOB NOT NULL UNIQUE,
        paired_at TEXT NOT NULL,
        last_seen_at TEXT,
        app_version TEXT,
        waiting INTEGER,
        oldest_waiting_at TEXT,
        clock_offset_seconds INTEGER,
        revoked_at TEXT
      ) STRICT;
      CREATE TABLE pairing_codes (
        code_hash BLOB PRIMARY KEY NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        device TEXT
      ) STRICT;
      ALTER TABLE visits ADD COLUMN arrived_at TEXT;
      UPDATE visits SET arrived_at = received_at;
    `,
  },
  {
    // Centres on one server. Every visit, tablet and pairing code belongs to a centre; whatever
    // the database held before goes to the first centre (its id is fixed, so a copy of a database
    // to the other engine finds the same first centre there), whose row is made at start from the
    // server's settings (store/centres.ts). The day index (the same name, so whatever looks for it finds it) leads with the centre: a centre's report
    // reads only its own entries, and the report of every centre reads each centre's range in turn.
    // name_key is the name in lower case, so two centres are never told apart by case alone.
    version: 5,
    sql: `
      CREATE TABLE centres (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        time_zone TEXT NOT NULL,
        featured_countries TEXT NOT NULL,        -- a JSON array of country codes
        featured_municipalities TEXT NOT NULL,   -- a JSON array of municipality codes
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE centre_tokens (
        id TEXT PRIMARY KEY NOT NULL,
        centre_id TEXT NOT NULL,
        label TEXT NOT NULL,
        token_hash BLOB NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      CREATE INDEX centre_tokens_by_centre ON centre_tokens (centre_id, created_at);
      ALTER TABLE visits ADD COLUMN centre_id TEXT NOT NULL DEFAULT '${FIRST_CENTRE_ID}';
      ALTER TABLE devices ADD COLUMN centre_id TEXT NOT NULL DEFAULT '${FIRST_CENTRE_ID}';
      ALTER TABLE pairing_codes ADD COLUMN centre_id TEXT NOT NULL DEFAULT '${FIRST_CENTRE_ID}';
      DROP INDEX visits_by_day_counts;
      CREATE INDEX visits_by_day_counts
        ON visits (centre_id, local_date, kind, voided, country, municipality, age_group);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
