// The tablets and their pairing codes on PostgreSQL, as devices.ts keeps them on SQLite: only hashes
// of keys and codes. A code is used up by one conditional UPDATE, so of two tablets (on two server
// processes, even) sending one code at once, one is paired.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Device } from '../../shared/api/devices';
import {
  codeHash,
  codesForgottenBefore,
  DEVICE_COLUMNS,
  hash,
  makeCode,
  makeKey,
  reportColumns,
  seenThrottle,
  toDevice,
  type DeviceRow,
  type DeviceStore,
} from './devices';
import { inTransaction } from './postgresTransaction';

export function postgresDevices(pool: pg.Pool): DeviceStore {
  const shouldNote = seenThrottle();

  const insert = async (
    db: pg.Pool | pg.PoolClient,
    id: string,
    name: string,
    at: string,
  ): Promise<{ device: Device; token: string }> => {
    const token = makeKey();
    const added = await db.query<DeviceRow>(
      `INSERT INTO devices (id, name, token_hash, paired_at) VALUES ($1, $2, $3, $4)
       RETURNING ${DEVICE_COLUMNS}`,
      [id, name, hash(token), at],
    );
    const row = added.rows[0];
    if (!row) throw new Error(`Device ${id} was not stored.`);
    return { device: toDevice(row), token };
  };

  return {
    createPairingCode: async (now, expiresAt) => {
      const code = makeCode();
      await inTransaction(pool, async (client) => {
        await client.query('DELETE FROM pairing_codes WHERE expires_at < $1', [
          codesForgottenBefore(now),
        ]);
        await client.query(
          'INSERT INTO pairing_codes (code_hash, created_at, expires_at) VALUES ($1, $2, $3)',
          [codeHash(code), now.toISOString(), expiresAt.toISOString()],
        );
      });
      return code;
    },
    pairWithCode: (code, name, now) =>
      inTransaction(pool, async (client) => {
        const at = now.toISOString();
        const id = randomUUID();
        const used = await client.query(
          `UPDATE pairing_codes SET used_at = $1, device = $2
           WHERE code_hash = $3 AND used_at IS NULL AND expires_at > $1`,
          [at, id, hash(code)],
        );
        if (used.rowCount !== 1) return null;
        return insert(client, id, name, at);
      }),
    pair: (name, now) => insert(pool, randomUUID(), name, now.toISOString()),
    holderOf: async (token) => {
      const found = await pool.query<{ id: string; name: string; revoked_at: string | null }>(
        'SELECT id, name, revoked_at FROM devices WHERE token_hash = $1',
        [hash(token)],
      );
      const row = found.rows[0];
      return row ? { id: row.id, name: row.name, revoked: row.revoked_at !== null } : null;
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
    list: async () => {
      const all = await pool.query<DeviceRow>(
        `SELECT ${DEVICE_COLUMNS} FROM devices
         ORDER BY revoked_at IS NOT NULL, name, paired_at, id`,
      );
      return all.rows.map(toDevice);
    },
    revoke: async (id, now) => {
      const revoked = await pool.query<DeviceRow>(
        `UPDATE devices SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2
         RETURNING ${DEVICE_COLUMNS}`,
        [now.toISOString(), id],
      );
      const row = revoked.rows[0];
      return row ? toDevice(row) : null;
    },
  };
}
