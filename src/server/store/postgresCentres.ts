// The centres and their coordinators' tokens on PostgreSQL, as centres.ts keeps them on SQLite.
import type pg from 'pg';
import type { Centre } from '../../shared/api/centres';
import {
  CENTRE_COLUMNS,
  centreValues,
  changedCentre,
  FIRST_CENTRE_ID,
  isUniqueViolation,
  makeCentreToken,
  newCentre,
  reckon,
  TOKEN_COLUMNS,
  toCentre,
  toCentreToken,
  type CentreRow,
  type CentreStore,
  type FirstCentre,
  type TokenRow,
} from './centres';
import { hash } from './devices';
import { inTransaction } from './postgresTransaction';

const INSERT_CENTRE = `INSERT INTO centres (id, name, name_key, time_zone, featured_countries,
  featured_municipalities, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`;

/** As ensureFirstCentreSqlite (centres.ts), inside the migration's transaction. */
export async function ensureFirstCentrePg(
  client: pg.PoolClient,
  first: FirstCentre,
): Promise<void> {
  const held = await client.query<{ value: string }>(
    "SELECT value FROM settings WHERE key = 'time_zone'",
  );
  const centre = newCentre(
    { name: first.name, timeZone: held.rows[0]?.value ?? first.timeZone },
    new Date(),
    FIRST_CENTRE_ID,
  );
  await client.query(`${INSERT_CENTRE} ON CONFLICT DO NOTHING`, centreValues(centre));
  await rezonePg(client, FIRST_CENTRE_ID, first.timeZone);
  await client.query(
    `INSERT INTO settings (key, value) VALUES ('time_zone', $1)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [first.timeZone],
  );
}

/** Sets the centre's zone and, when it is a new one, re-reckons its visits' dates in it. */
export async function rezonePg(
  client: pg.PoolClient,
  centreId: string,
  timeZone: string,
): Promise<void> {
  const found = await client.query<{ time_zone: string }>(
    'SELECT time_zone FROM centres WHERE id = $1 FOR UPDATE',
    [centreId],
  );
  const row = found.rows[0];
  if (row === undefined || row.time_zone === timeZone) return;
  const visits = await client.query<{ id: string; visited_at: string }>(
    'SELECT id, visited_at FROM visits WHERE centre_id = $1',
    [centreId],
  );
  const { ids, dates, hours } = reckon(visits.rows, timeZone);
  if (ids.length > 0) {
    await client.query(
      `UPDATE visits SET local_date = moved.date, local_hour = moved.hour
       FROM unnest($1::text[], $2::text[], $3::smallint[]) AS moved (id, date, hour)
       WHERE visits.id = moved.id`,
      [ids, dates, hours],
    );
  }
  await client.query('UPDATE centres SET time_zone = $1 WHERE id = $2', [timeZone, centreId]);
}

export function postgresCentres(pool: pg.Pool): CentreStore {
  const one = async (id: string, db: pg.Pool | pg.PoolClient = pool): Promise<Centre | null> => {
    const found = await db.query<CentreRow>(`SELECT ${CENTRE_COLUMNS} FROM centres WHERE id = $1`, [
      id,
    ]);
    const row = found.rows[0];
    return row === undefined ? null : toCentre(row);
  };
  return {
    list: async () => {
      const found = await pool.query<CentreRow>(
        `SELECT ${CENTRE_COLUMNS} FROM centres ORDER BY name, id`,
      );
      return found.rows.map(toCentre);
    },
    get: (id) => one(id),
    add: async (input, now) => {
      const centre = newCentre(input, now);
      try {
        await pool.query(INSERT_CENTRE, centreValues(centre));
      } catch (error) {
        if (isUniqueViolation(error)) return 'exists';
        throw error;
      }
      return centre;
    },
    change: async (id, patch) => {
      try {
        return await inTransaction(pool, async (client) => {
          const centre = await one(id, client);
          if (centre === null) return null;
          const next = changedCentre(centre, patch);
          const values = centreValues(next);
          await client.query(
            `UPDATE centres SET name = $1, name_key = $2, featured_countries = $3,
               featured_municipalities = $4 WHERE id = $5`,
            [values[1], values[2], values[4], values[5], id],
          );
          await rezonePg(client, id, next.timeZone);
          return next;
        });
      } catch (error) {
        if (isUniqueViolation(error)) return 'exists';
        throw error;
      }
    },
    tokens: async (centreId) => {
      const found = await pool.query<TokenRow>(
        `SELECT ${TOKEN_COLUMNS} FROM centre_tokens WHERE centre_id = $1
         ORDER BY created_at DESC, id`,
        [centreId],
      );
      return found.rows.map(toCentreToken);
    },
    addToken: async (centreId, label, now) => {
      const { answer, tokenHash } = makeCentreToken(label, now);
      await pool.query(
        `INSERT INTO centre_tokens (id, centre_id, label, token_hash, created_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [answer.id, centreId, label, tokenHash, answer.createdAt],
      );
      return answer;
    },
    revokeToken: async (tokenId, now, centreId) => {
      const found = await pool.query<TokenRow>(
        `UPDATE centre_tokens SET revoked_at = COALESCE(revoked_at, $1)
         WHERE id = $2 AND ($3::text IS NULL OR centre_id = $3) RETURNING ${TOKEN_COLUMNS}`,
        [now.toISOString(), tokenId, centreId ?? null],
      );
      const row = found.rows[0];
      return row === undefined ? null : toCentreToken(row);
    },
    holderOf: async (token) => {
      const found = await pool.query<{ id: string; centre_id: string; revoked_at: string | null }>(
        'SELECT id, centre_id, revoked_at FROM centre_tokens WHERE token_hash = $1',
        [hash(token)],
      );
      const row = found.rows[0];
      return row === undefined
        ? null
        : { id: row.id, centreId: row.centre_id, revoked: row.revoked_at !== null };
    },
  };
}
