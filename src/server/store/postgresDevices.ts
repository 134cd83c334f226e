// The tablets and their pairing codes on PostgreSQL, as devices.ts keeps them on SQLite: only hashes
// of keys and codes. A code is used up by one conditional UPDATE, so of two tablets (on two server
// processes, even) sending one code at once, one is paired.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import {
  codeHash,
  codesForgottenBefore,
  DEVICE_COLUMNS,
  hash,
  HOLDER_QUERY,
  inCentres,
  toHolder,
  type CentredDevice,
  type HolderRow,
  makeCode,
  makeKey,
  reportColumns,
  seenThrottle,
  toDevice,
  type DeviceRow,
  type DeviceStore,
} from './devices';
import { inTransaction } from './postgresTransaction';
import { FIRST_CENTRE_ID } from './migrations';

export function postgresDevices(pool: pg.Pool): DeviceStore {
  const shouldNote = seenThrottle();

  const insert = async (
    db: pg.Pool | pg.PoolClient,
    id: string,
    name: string,
    at: string,
    centreId: string,
  ): Promise<{ device: CentredDevice; token: string }> => {
    const token = makeKey();
    const added = await db.query<DeviceRow>(
      `INSERT INTO devices (id, name, token_hash, paired_at, centre_id) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${DEVICE_COLUMNS}`,
      [id, name, hash(token), at, centreId],
    );
    const row = added.rows[0];
    if (!row) throw new Error(`Device ${id} was not stored.`);
    return { device: toDevice(row), token };
  };

  return {
    createPairingCode: async (now, expiresAt, centreId = FIRST_CENTRE_ID) => {
      const code = makeCode();
      await inTransaction(pool, async (client) => {
        await client.query('DELETE FROM pairing_codes WHERE expires_at < $1', [
          codesForgottenBefore(now),
        ]);
        await client.query(
          `INSERT INTO pairing_codes (code_hash, created_at, expires_at, centre_id)
           VALUES ($1, $2, $3, $4)`,
          [codeHash(code), now.toISOString(), expiresAt.toISOString(), centreId],
        );
      });
      return code;
    },
    pairWithCode: (code, name, now) =>
      inTransaction(pool, async (client) => {
        const at = now.toISOString();
        const id = randomUUID();
        const used = await client.query<{ centre_id: string }>(
          `UPDATE pairing_codes SET used_at = $1, device = $2
           WHERE code_hash = $3 AND used_at IS NULL AND expires_at > $1 RETURNING centre_id`,
          [at, id, hash(code)],
        );
        const centre = used.rows[0]?.centre_id;
        if (used.rowCount !== 1 || centre === undefined) return null;
        return insert(client, id, name, at, centre);
      }),
    pair: (name, now) => insert(pool, randomUUID(), name, now.toISOString(), FIRST_CENTRE_ID),
    holderOf: async (token) => {
      const found = await pool.query<HolderRow>(`${HOLDER_QUERY}$1`, [hash(token)]);
      const row = found.rows[0];
      return row ? toHolder(row) : null;
    },
    seen: async (id, now) => {
      if (!shouldNote(id, now)) return;
      await pool.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [
        now.toISOString(),
        id,
      ]);
    },
    report: async (id, status, now) => {
      const { offset, oldest } = reportColumns(status, now);
      await pool.query(
        `UPDATE devices SET last_seen_at = $1, app_version = $2, waiting = $3,
           oldest_waiting_at = $4, clock_offset_seconds = $5, name = COALESCE($6, name)
         WHERE id = $7`,
        [
          now.toISOString(),
          status.appVersion,
          status.waiting,
          oldest,
          offset,
          status.name ?? null,
          id,
        ],
      );
      shouldNote.noted(id, now);
    },
    list: async (centres) => {
      const all = await pool.query<DeviceRow>(
        `SELECT ${DEVICE_COLUMNS} FROM devices
         ORDER BY revoked_at IS NOT NULL, name, paired_at, id`,
      );
      return all.rows.map(toDevice).filter((device) => inCentres(device.centreId, centres));
    },
    revoke: async (id, now, centres) => {
      const revoked = await pool.query<DeviceRow>(
        `UPDATE devices SET revoked_at = COALESCE(revoked_at, $1)
         WHERE id = $2 AND ($3::text[] IS NULL OR centre_id = ANY($3::text[]))
         RETURNING ${DEVICE_COLUMNS}`,
        [now.toISOString(), id, centres ?? null],
      );
      const row = revoked.rows[0];
      return row ? toDevice(row) : null;
    },
  };
}
