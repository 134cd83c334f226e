// The centres of one server and their coordinators' tokens, in the visits' database. The first
// centre is made at first start (and by the migration of a database made before centres) from the
// server's settings; the municipality role adds the others. A centre coordinator's token is kept
// only as its SHA-256 hash, as a tablet's key is (devices.ts).
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type {
  Centre,
  CentreChange,
  CentreToken,
  NewCentre,
  NewCentreToken,
} from '../../shared/api/centres';
import { localParts } from '../../shared/time';
import { hash, makeKey } from './devices';
import { FIRST_CENTRE_ID } from './migrations';

export { FIRST_CENTRE_ID };

/** What a centre coordinator's token says about the one presenting it. */
export interface CentreTokenHolder {
  id: string;
  centreId: string;
  revoked: boolean;
}

/** The first centre as the server's settings describe it (VELKOMMEN_CENTRE_NAME, VELKOMMEN_TZ). */
export interface FirstCentre {
  name: string;
  timeZone: string;
}

export const DEFAULT_CENTRE_NAME = 'Velkommen';

export interface CentreStore {
  /** Every centre, by name. */
  list(): Promise<Centre[]>;
  get(id: string): Promise<Centre | null>;
  /** The new centre, or 'exists' when a centre has this name already (whatever its case). */
  add(centre: NewCentre, now: Date): Promise<Centre | 'exists'>;
  /**
   * The centre changed, or null when there is none with this id, or 'exists' when another has
   * the new name. A new zone re-reckons the local dates of the centre's visits in it.
   */
  change(id: string, change: CentreChange): Promise<Centre | null | 'exists'>;
  /** The centre's coordinator tokens, newest first, without the tokens themselves. */
  tokens(centreId: string): Promise<CentreToken[]>;
  /** A new token for the centre's coordinator: the token itself only in this answer. */
  addToken(centreId: string, label: string, now: Date): Promise<NewCentreToken>;
  /**
   * Withdraws a token (a second withdrawal keeps the first time); null when there is no such
   * token (of this centre, when `centreId` is given).
   */
  revokeToken(tokenId: string, now: Date, centreId?: string): Promise<CentreToken | null>;
  /** The token a presented string is, withdrawn or not; null for none. */
  holderOf(token: string): Promise<CentreTokenHolder | null>;
}

export interface CentreRow {
  id: string;
  name: string;
  time_zone: string;
  featured_countries: string;
  featured_municipalities: string;
  created_at: string;
}

export const CENTRE_COLUMNS =
  'id, name, time_zone, featured_countries, featured_municipalities, created_at';

function codes(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((code) => typeof code === 'string') : [];
}

export function toCentre(row: CentreRow): Centre {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    featuredCountries: codes(row.featured_countries),
    featuredMunicipalities: codes(row.featured_municipalities),
    createdAt: row.created_at,
  };
}

export interface TokenRow {
  id: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

export const TOKEN_COLUMNS = 'id, label, created_at, revoked_at';

export function toCentreToken(row: TokenRow): CentreToken {
  return { id: row.id, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at };
}

/** How a name is compared with the others: in lower case, so case alone never tells two apart. */
export const nameKey = (name: string): string => name.toLowerCase();

/** A centre's row as it is written, from the centre. */
export function centreValues(
  centre: Centre,
): [string, string, string, string, string, string, string] {
  return [
    centre.id,
    centre.name,
    nameKey(centre.name),
    centre.timeZone,
    JSON.stringify(centre.featuredCountries),
    JSON.stringify(centre.featuredMunicipalities),
    centre.createdAt,
  ];
}

export function newCentre(input: NewCentre, now: Date, id: string = randomUUID()): Centre {
  return {
    id,
    name: input.name,
    timeZone: input.timeZone,
    featuredCountries: input.featuredCountries ?? [],
    featuredMunicipalities: input.featuredMunicipalities ?? [],
    createdAt: now.toISOString(),
  };
}

export function changedCentre(centre: Centre, change: CentreChange): Centre {
  return {
    ...centre,
    ...(change.name === undefined ? {} : { name: change.name }),
    ...(change.timeZone === undefined ? {} : { timeZone: change.timeZone }),
    ...(change.featuredCountries === undefined
      ? {}
      : { featuredCountries: change.featuredCountries }),
    ...(change.featuredMunicipalities === undefined
      ? {}
      : { featuredMunicipalities: change.featuredMunicipalities }),
  };
}

/** A new coordinator token for a centre: its row's values, and the answer that shows it once. */
export function makeCentreToken(
  label: string,
  now: Date,
): { answer: NewCentreToken; tokenHash: Buffer } {
  const token = makeKey();
  return {
    answer: {
      id: randomUUID(),
      label,
      createdAt: now.toISOString(),
      revokedAt: null,
      token,
    },
    tokenHash: hash(token),
  };
}

export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === '23505';
}

/** The local dates and hours of visits stamped `visitedAt`, in `timeZone`. */
export function reckon(
  rows: readonly { id: string; visited_at: string }[],
  timeZone: string,
): { ids: string[]; dates: string[]; hours: number[] } {
  const ids: string[] = [];
  const dates: string[] = [];
  const hours: number[] = [];
  for (const { id, visited_at } of rows) {
    const local = localParts(visited_at, timeZone);
    ids.push(id);
    dates.push(local.date);
    hours.push(local.hour);
  }
  return { ids, dates, hours };
}

/**
 * Makes the first centre if there is none yet (a new database, or one made before centres, whose
 * visits were reckoned in the zone its settings name), then sets its zone to the server's: on a
 * server with one centre VELKOMMEN_TZ decides the zone, as it always has. Runs inside the
 * migration's transaction.
 */
export function ensureFirstCentreSqlite(db: Database.Database, first: FirstCentre): void {
  const held = db
    .prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'time_zone'")
    .get();
  const centre = newCentre(
    { name: first.name, timeZone: held?.value ?? first.timeZone },
    new Date(),
    FIRST_CENTRE_ID,
  );
  db.prepare(
    `INSERT INTO centres (id, name, name_key, time_zone, featured_countries,
       featured_municipalities, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(...centreValues(centre));
  rezoneSqlite(db, FIRST_CENTRE_ID, first.timeZone);
  // Kept as before centres, for a database opened again by an older version.
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('time_zone', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(first.timeZone);
}

/** Sets the centre's zone and, when it is a new one, re-reckons its visits' dates in it. */
export function rezoneSqlite(db: Database.Database, centreId: string, timeZone: string): void {
  const row = db
    .prepare<[string], { time_zone: string }>('SELECT time_zone FROM centres WHERE id = ?')
    .get(centreId);
  if (row === undefined || row.time_zone === timeZone) return;
  const rows = db
    .prepare<[string], { id: string; visited_at: string }>(
      'SELECT id, visited_at FROM visits WHERE centre_id = ?',
    )
    .all(centreId);
  const { ids, dates, hours } = reckon(rows, timeZone);
  const update = db.prepare<[string, number, string]>(
    'UPDATE visits SET local_date = ?, local_hour = ? WHERE id = ?',
  );
  ids.forEach((id, i) => update.run(dates[i] ?? '', hours[i] ?? 0, id));
  db.prepare<[string, string]>('UPDATE centres SET time_zone = ? WHERE id = ?').run(
    timeZone,
    centreId,
  );
}

export function sqliteCentres(db: Database.Database): CentreStore {
  const all = db.prepare<[], CentreRow>(`SELECT ${CENTRE_COLUMNS} FROM centres ORDER BY name, id`);
  const byId = db.prepare<[string], CentreRow>(
    `SELECT ${CENTRE_COLUMNS} FROM centres WHERE id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO centres (id, name, name_key, time_zone, featured_countries,
       featured_municipalities, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE centres SET name = ?, name_key = ?, featured_countries = ?,
       featured_municipalities = ? WHERE id = ?`,
  );
  const tokens = db.prepare<[string], TokenRow>(
    `SELECT ${TOKEN_COLUMNS} FROM centre_tokens WHERE centre_id = ? ORDER BY created_at DESC, id`,
  );
  const insertToken = db.prepare(
    `INSERT INTO centre_tokens (id, centre_id, label, token_hash, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const tokenById = db.prepare<[string], TokenRow & { centre_id: string }>(
    `SELECT ${TOKEN_COLUMNS}, centre_id FROM centre_tokens WHERE id = ?`,
  );
  const revoke = db.prepare<[string, string]>(
    'UPDATE centre_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?',
  );
  const byHash = db.prepare<[Buffer], { id: string; centre_id: string; revoked_at: string | null }>(
    'SELECT id, centre_id, revoked_at FROM centre_tokens WHERE token_hash = ?',
  );

  const change = db.transaction((id: string, patch: CentreChange): Centre | null | 'exists' => {
    const row = byId.get(id);
    if (row === undefined) return null;
    const next = changedCentre(toCentre(row), patch);
    const values = centreValues(next);
    update.run(values[1], values[2], values[4], values[5], id);
    rezoneSqlite(db, id, next.timeZone);
    return next;
  });

  return {
    list: async () => all.all().map(toCentre),
    get: async (id) => {
      const row = byId.get(id);
      return row === undefined ? null : toCentre(row);
    },
    add: async (input, now) => {
      const centre = newCentre(input, now);
      try {
        insert.run(...centreValues(centre));
      } catch (error) {
        if (isUniqueViolation(error)) return 'exists';
        throw error;
      }
      return centre;
    },
    change: async (id, patch) => {
      try {
        return change.immediate(id, patch);
      } catch (error) {
        if (isUniqueViolation(error)) return 'exists';
        throw error;
      }
    },
    tokens: async (centreId) => tokens.all(centreId).map(toCentreToken),
    addToken: async (centreId, label, now) => {
      const { answer, tokenHash } = makeCentreToken(label, now);
      insertToken.run(answer.id, centreId, label, tokenHash, answer.createdAt);
      return answer;
    },
    revokeToken: async (tokenId, now, centreId) => {
      const row = tokenById.get(tokenId);
      if (row === undefined || (centreId !== undefined && row.centre_id !== centreId)) return null;
      revoke.run(now.toISOString(), tokenId);
      const after = tokenById.get(tokenId);
      return after === undefined ? null : toCentreToken(after);
    },
    holderOf: async (token) => {
      const row = byHash.get(hash(token));
      return row === undefined
        ? null
        : { id: row.id, centreId: row.centre_id, revoked: row.revoked_at !== null };
    },
  };
}
