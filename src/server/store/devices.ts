// The tablets paired with the server and the one-time codes that pair them, in the visits'
// database. A key and a code are kept only as their SHA-256 hash: both are 80 bits or more of
// randomness, so the hash cannot be turned back, and a copy of the database (a backup) holds no key
// that would let anyone send visits. Looking a hash up by its index leaks nothing worth having: the
// timing depends on the hash, which someone guessing keys cannot steer.
import type Database from 'better-sqlite3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Device, DeviceStatus } from '../../shared/api/devices';
import { FIRST_CENTRE_ID } from './migrations';

/** What a device's key says about the device sending it, and its centre with the centre's zone. */
export type KeyHolder = {
  id: string;
  name: string;
  revoked: boolean;
  centre: { id: string; timeZone: string };
};

/** A tablet as the store keeps it: with its centre's id, which the routes show or leave out. */
export type CentredDevice = Device & { centreId: string };

export interface DeviceStore {
  /**
   * Makes a one-time code that pairs one tablet to a centre (the first when not given) until
   * `expiresAt`; only its hash is kept.
   */
  createPairingCode(now: Date, expiresAt: Date, centreId?: string): Promise<string>;
  /**
   * Uses up `code` (as normalised by normalisePairingCode) and pairs a new device named `name`,
   * in one transaction: of two tablets sending one code at once, one is paired. Null when the
   * code is unknown, used or expired.
   */
  pairWithCode(
    code: string,
    name: string,
    now: Date,
  ): Promise<{ device: CentredDevice; token: string } | null>;
  /** Pairs a new device without a code (a tablet holding the shared kiosk token): first centre. */
  pair(name: string, now: Date): Promise<{ device: CentredDevice; token: string }>;
  /** The device a key belongs to, revoked or not; null for a key that is no device's. */
  holderOf(token: string): Promise<KeyHolder | null>;
  /** Notes that the device made a request; written at most once a minute per device. */
  seen(id: string, now: Date): Promise<void>;
  /** Keeps what the tablet reported about itself (its name too, when given) and its clock's offset. */
  report(id: string, status: DeviceStatus, now: Date): Promise<void>;
  /** The tablets of the centres given, or of every centre. */
  list(centres?: readonly string[]): Promise<CentredDevice[]>;
  /**
   * Withdraws the device's key (a second revoke keeps the first time); null if unknown, or not
   * of one of the centres given.
   */
  revoke(id: string, now: Date, centres?: readonly string[]): Promise<CentredDevice | null>;
}

export const hash = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not mistaken.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 16 characters (80 bits) in four groups of four: AB12-CD34-EF56-GH78. */
export function makeCode(): string {
  const bytes = randomBytes(16);
  let code = '';
  for (let i = 0; i < 16; i++) {
    // 256 is a multiple of 32, so every character is equally likely.
    code += CODE_ALPHABET[(bytes[i] ?? 0) % 32];
    if (i % 4 === 3 && i < 15) code += '-';
  }
  return code;
}

/** 32 random bytes as base64url: 43 characters, safe in a header. */
export function makeKey(): string {
  return randomBytes(32).toString('base64url');
}

/** How often a device's last-seen time is written at most: not a write for every request. */
const SEEN_EVERY_MS = 60_000;

/** How long last-seen times wait to be written together, so a burst makes one commit of them. */
const SEEN_WRITE_DELAY_MS = 1_000;

/** SQLite's devices, which also write the last-seen times still waiting, as the store closes. */
export type SqliteDeviceStore = DeviceStore & { flushSeen(): void };

export interface DeviceRow {
  id: string;
  name: string;
  paired_at: string;
  last_seen_at: string | null;
  app_version: string | null;
  waiting: number | null;
  oldest_waiting_at: string | null;
  clock_offset_seconds: number | null;
  revoked_at: string | null;
  centre_id: string;
}

export function toDevice(row: DeviceRow): CentredDevice {
  return {
    id: row.id,
    name: row.name,
    pairedAt: row.paired_at,
    lastSeenAt: row.last_seen_at,
    appVersion: row.app_version,
    waiting: row.waiting,
    oldestWaitingAt: row.oldest_waiting_at,
    clockOffsetSeconds: row.clock_offset_seconds,
    revokedAt: row.revoked_at,
    centreId: row.centre_id,
  };
}

export const DEVICE_COLUMNS =
  'id, name, paired_at, last_seen_at, app_version, waiting, oldest_waiting_at, clock_offset_seconds, revoked_at, centre_id';

/** The holder of a key: the device and its centre's zone. */
export const HOLDER_QUERY = `SELECT d.id, d.name, d.revoked_at, d.centre_id, c.time_zone
  FROM devices d JOIN centres c ON c.id = d.centre_id WHERE d.token_hash = `;

export interface HolderRow {
  id: string;
  name: string;
  revoked_at: string | null;
  centre_id: string;
  time_zone: string;
}

export function toHolder(row: HolderRow): KeyHolder {
  return {
    id: row.id,
    name: row.name,
    revoked: row.revoked_at !== null,
    centre: { id: row.centre_id, timeZone: row.time_zone },
  };
}

/** Whether a device of `centreId` is among the centres given (every centre when none are). */
export function inCentres(centreId: string, centres: readonly string[] | undefined): boolean {
  return centres === undefined || centres.includes(centreId);
}

export function sqliteDevices(db: Database.Database): SqliteDeviceStore {
  const insertCode = db.prepare<[Buffer, string, string, string]>(
    'INSERT INTO pairing_codes (code_hash, created_at, expires_at, centre_id) VALUES (?, ?, ?, ?)',
  );
  const codeCentre = db.prepare<[Buffer], { centre_id: string }>(
    'SELECT centre_id FROM pairing_codes WHERE code_hash = ?',
  );
  const forgetCodes = db.prepare<[string]>('DELETE FROM pairing_codes WHERE expires_at < ?');
  const useCode = db.prepare<[string, string, Buffer, string]>(
    `UPDATE pairing_codes SET used_at = ?, device = ?
     WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?`,
  );
  const insertDevice = db.prepare<[string, string, Buffer, string, string]>(
    'INSERT INTO devices (id, name, token_hash, paired_at, centre_id) VALUES (?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<[string], DeviceRow>(
    `SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = ?`,
  );
  const byHash = db.prepare<[Buffer], HolderRow>(`${HOLDER_QUERY}?`);
  const all = db.prepare<[], DeviceRow>(
    `SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY revoked_at IS NOT NULL, name, paired_at, id`,
  );
  const touch = db.prepare<[string, string]>('UPDATE devices SET last_seen_at = ? WHERE id = ?');
  const saveReport = db.prepare<
    [string, string, number, string | null, number, string | null, string]
  >(
    `UPDATE devices SET last_seen_at = ?, app_version = ?, waiting = ?, oldest_waiting_at = ?,
       clock_offset_seconds = ?, name = COALESCE(?, name) WHERE id = ?`,
  );
  const revokeOne = db.prepare<[string, string]>(
    'UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?',
  );
  // Under a burst every tablet's first request of the minute would write its last-seen time on the
  // request's own path: a commit each, waiting for the disk and for the writer thread's lock while
  // every other request waits for the event loop. The times are kept here and written together in
  // one transaction a moment later; whatever reads or changes a device writes them first.
  const unwrittenSeen = new Map<string, string>();
  let seenTimer: ReturnType<typeof setTimeout> | null = null;
  const writeSeen = db.transaction(() => {
    for (const [id, at] of unwrittenSeen) touch.run(at, id);
  });
  const flushSeen = (): void => {
    if (seenTimer !== null) clearTimeout(seenTimer);
    seenTimer = null;
    if (unwrittenSeen.size === 0 || !db.open) return;
    writeSeen();
    unwrittenSeen.clear();
  };
  const flushSeenLater = (): void => {
    try {
      flushSeen();
    } catch (error) {
      // Busy or full: the times stay and go with the next write. Never a reason to stop serving.
      console.warn(`Could not note when tablets were last seen: ${String(error)}`);
    }
  };

  const addDevice = (name: string, now: Date): { device: CentredDevice; token: string } => {
    const id = randomUUID();
    const token = makeKey();
    insertDevice.run(id, name, hash(token), now.toISOString(), FIRST_CENTRE_ID);
    const row = byId.get(id);
    if (!row) throw new Error(`Device ${id} was not stored.`);
    return { device: toDevice(row), token };
  };

  const pairWithCode = db.transaction((code: string, name: string, now: Date) => {
    const at = now.toISOString();
    const id = randomUUID();
    if (useCode.run(at, id, hash(code), at).changes !== 1) return null;
    const centre = codeCentre.get(hash(code))?.centre_id ?? FIRST_CENTRE_ID;
    const token = makeKey();
    insertDevice.run(id, name, hash(token), at, centre);
    const row = byId.get(id);
    if (!row) throw new Error(`Device ${id} was not stored.`);
    return { device: toDevice(row), token };
  });

  const pairWithCodeNow = pairWithCode.immediate.bind(pairWithCode);
  const shouldNote = seenThrottle();

  // better-sqlite3 answers at once; the promises are the interface's, which PostgreSQL needs.
  return {
    createPairingCode: async (now, expiresAt, centreId = FIRST_CENTRE_ID) => {
      const code = makeCode();
      db.transaction(() => {
        forgetCodes.run(codesForgottenBefore(now));
        insertCode.run(codeHash(code), now.toISOString(), expiresAt.toISOString(), centreId);
      }).immediate();
      return code;
    },
    pairWithCode: async (code, name, now) => pairWithCodeNow(code, name, now),
    pair: async (name, now) => addDevice(name, now),
    holderOf: async (token) => {
      const row = byHash.get(hash(token));
      return row ? toHolder(row) : null;
    },
    seen: async (id, now) => {
      if (!shouldNote(id, now)) return;
      unwrittenSeen.set(id, now.toISOString());
      seenTimer ??= setTimeout(flushSeenLater, SEEN_WRITE_DELAY_MS);
      seenTimer.unref();
    },
    report: async (id, status, now) => {
      flushSeen();
      const { offset, oldest } = reportColumns(status, now);
      const name = status.name ?? null;
      saveReport.run(
        now.toISOString(),
        status.appVersion,
        status.waiting,
        oldest,
        offset,
        name,
        id,
      );
      shouldNote.noted(id, now);
    },
    list: async (centres) => {
      flushSeen();
      return all
        .all()
        .map(toDevice)
        .filter((device) => inCentres(device.centreId, centres));
    },
    flushSeen,
    revoke: async (id, now, centres) => {
      flushSeen();
      const before = byId.get(id);
      if (before === undefined || !inCentres(before.centre_id, centres)) return null;
      revokeOne.run(now.toISOString(), id);
      const row = byId.get(id);
      return row ? toDevice(row) : null;
    },
  };
}

/** A pairing code's hash, as kept: of the code without its dashes. */
export const codeHash = (code: string): Buffer => hash(code.replace(/-/g, ''));

/** Used and expired codes are kept a week, then go: they matter only while someone may try one. */
export function codesForgottenBefore(now: Date): string {
  return new Date(now.getTime() - 7 * 24 * 3600_000).toISOString();
}

/** A tablet's status report as the devices table keeps it: its clock's offset, its oldest visit. */
export function reportColumns(
  status: DeviceStatus,
  now: Date,
): { offset: number; oldest: string | null } {
  return {
    offset: Math.round((Date.parse(status.clock) - now.getTime()) / 1000),
    oldest: status.oldestWaitingAt === null ? null : new Date(status.oldestWaitingAt).toISOString(),
  };
}

/**
 * Whether a device's request is worth writing down as its last-seen time: at most once a minute
 * per device and process. Only spares writes; another process writing too changes nothing.
 */
export function seenThrottle(): ((id: string, now: Date) => boolean) & {
  noted(id: string, now: Date): void;
} {
  const lastWritten = new Map<string, number>();
  const should = (id: string, now: Date): boolean => {
    const last = lastWritten.get(id);
    if (last !== undefined && now.getTime() - last < SEEN_EVERY_MS && now.getTime() >= last) {
      return false;
    }
    lastWritten.set(id, now.getTime());
    return true;
  };
  return Object.assign(should, {
    noted: (id: string, now: Date) => void lastWritten.set(id, now.getTime()),
  });
}
