// The PostgreSQL schema as an ordered list of steps, as migrations.ts is for SQLite: a step is only
// ever added, never changed once released. The tables hold what SQLite's hold, in the same form
// (dates as the ISO text the API carries, voided as 0 or 1), so both engines answer alike, byte for
// byte. Text is compared and sorted byte-wise (COLLATE "C"), as SQLite does, whatever the
// database's own collation: ids, days and names come out in the same order on both.
import { FIRST_CENTRE_ID, type Migration } from './migrations';

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE visits (
        id TEXT COLLATE "C" PRIMARY KEY,
        visited_at TEXT COLLATE "C" NOT NULL,
        visited_utc TEXT COLLATE "C" NOT NULL,
        local_date TEXT COLLATE "C" NOT NULL,
        local_hour SMALLINT NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
        country TEXT COLLATE "C",
        municipality TEXT COLLATE "C",
        age_group TEXT COLLATE "C" NOT NULL CHECK (age_group IN ('adult', 'child')),
        party_id TEXT COLLATE "C" NOT NULL,
        device_id TEXT COLLATE "C" NOT NULL,
        voided SMALLINT NOT NULL CHECK (voided IN (0, 1)),
        kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('visitor', 'volunteer')),
        received_at TEXT COLLATE "C" NOT NULL,
        device TEXT COLLATE "C",
        arrived_at TEXT COLLATE "C"
      );
      CREATE INDEX visits_by_day_counts
        ON visits (local_date, kind, voided, country, municipality, age_group);
      CREATE TABLE settings (
        key TEXT COLLATE "C" PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE devices (
        id TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        token_hash BYTEA NOT NULL UNIQUE,
        paired_at TEXT COLLATE "C" NOT NULL,
        last_seen_at TEXT COLLATE "C",
        app_version TEXT,
        waiting INTEGER,
        oldest_waiting_at TEXT COLLATE "C",
        clock_offset_seconds INTEGER,
        revoked_at TEXT COLLATE "C"
      );
      CREATE TABLE pairing_codes (
        code_hash BYTEA PRIMARY KEY,
        created_at TEXT COLLATE "C" NOT NULL,
        expires_at TEXT COLLATE "C" NOT NULL,
        used_at TEXT COLLATE "C",
        device TEXT COLLATE "C"
      );
      -- The rate limits' counters, shared by every server process on this database.
      CREATE TABLE rate_limits (
        key TEXT COLLATE "C" PRIMARY KEY,
        hits INTEGER NOT NULL,
        reset_at TIMESTAMPTZ NOT NULL
      );
    `,
  },
  {
    // Centres on one server, as SQLite's step 5 (migrations.ts).
    version: 2,
    sql: `
      CREATE TABLE centres (
        id TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        name_key TEXT COLLATE "C" NOT NULL UNIQUE,
        time_zone TEXT COLLATE "C" NOT NULL,
        featured_countries TEXT NOT NULL,
        featured_municipalities TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL
      );
      CREATE TABLE centre_tokens (
        id TEXT COLLATE "C" PRIMARY KEY,
        centre_id TEXT COLLATE "C" NOT NULL,
        label TEXT NOT NULL,
        token_hash BYTEA NOT NULL UNIQUE,
        created_at TEXT COLLATE "C" NOT NULL,
        revoked_at TEXT COLLATE "C"
      );
      CREATE INDEX centre_tokens_by_centre ON centre_tokens (centre_id, created_at);
      ALTER TABLE visits ADD COLUMN centre_id TEXT COLLATE "C" NOT NULL DEFAULT '${FIRST_CENTRE_ID}';
      ALTER TABLE devices ADD COLUMN centre_id TEXT COLLATE "C" NOT NULL DEFAULT '${FIRST_CENTRE_ID}';
      ALTER TABLE pairing_codes ADD COLUMN centre_id TEXT COLLATE "C" NOT NULL
        DEFAULT '${FIRST_CENTRE_ID}';
      DROP INDEX visits_by_day_counts;
      CREATE INDEX visits_by_day_counts
        ON visits (centre_id, local_date, kind, voided, country, municipality, age_group);
    `,
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;
