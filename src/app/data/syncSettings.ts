// Where this tablet sends its visits and the token it sends them with, as set by pairing: a key of
// its own (with the server's id for it, and whether the server has withdrawn it) or, on tablets
// paired before that, the centre's shared kiosk token; when a delivery last succeeded, so the staff
// view can say so after a restart; what the server last said of its clock and the centre's time
// zone; and the tablet's own id for its server. Kept in the settings table; the token never leaves
// the tablet except in the Authorization header of a sync request. Each is its own row, written on
// its own: none of these writes ever shares a transaction with the outbox, so a full disk that
// refuses one of them never stops the outbox draining.
import { z } from 'zod/mini';
import { isToken, TokenSchema } from '../../shared/api/pairing';
import { trimEndpoint } from '../../shared/api/routes';
import { CENTRE_TIME_ZONE, isTimeZone, localDate, toQuarterHour } from '../../shared/time';
import type { ClockCheck } from '../sync/clock';
import { db, writing } from './db';

export interface SyncPairing {
  /** The server's base address without a trailing slash; null to use the app's own origin. */
  endpoint: string | null;
  token: string;
  /**
   * The server's id for the device `token` is the key of (POST /pair); null or left out for the
   * centre's shared kiosk token, which is no one tablet's.
   */
  device?: string | null;
}

export interface SyncSettings {
  endpoint: string | null;
  token: string | null;
  /** The server's id for this tablet's own key; null with the shared token, or unpaired. */
  device: string | null;
  /** When the server said this tablet's key was withdrawn (epoch milliseconds); null while good. */
  revokedAt: number | null;
  /** Epoch milliseconds of the last request the endpoint answered as the API says. */
  lastSuccessAt: number | null;
}

const PAIRING_KEY = 'syncPairing';
/** The settings row that notes the last proper answer. */
export const LAST_SUCCESS_KEY = 'syncLastSuccessAt';
/** The server's clock beside the tablet's at the last exchange (a ClockCheck). */
const CLOCK_KEY = 'syncServerClock';
/** The centre's time zone as the server last gave it. */
const TIME_ZONE_KEY = 'centreTimeZone';
/** The tablet's own id for its server, a UUID made once (the name may change; this does not). */
const SYNC_DEVICE_KEY = 'syncDevice';
/** The server's ids of the keys this tablet was given, newest last, so its receipt finds its visits. */
const KEY_DEVICES_KEY = 'syncKeyDevices';
/** Enough for every re-pairing a tablet sees in a day; older ones no longer matter to its receipt. */
const MAX_KEY_DEVICES = 20;

/**
 * The endpoint as `scheme://host[:port][/path]` without a trailing slash, or throws a sentence
 * saying what is wrong. Only http and https; a query or fragment would be lost when the API path
 * is added, so they are refused rather than silently dropped.
 */
export function normaliseEndpoint(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`The sync address ${JSON.stringify(text)} is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`The sync address must start with https:// or http://, not ${url.protocol}//.`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      'The sync address must be the server’s address only, without a query, fragment or password.',
    );
  }
  return trimEndpoint(url.href);
}

// What the settings rows may hold; anything missing or no longer valid reads as null.
const StoredPairingSchema = z.catch(
  z.object({
    endpoint: z.catch(z.nullable(z.string()), null),
    token: z.catch(z.nullable(TokenSchema), null),
    device: z.catch(z.nullable(z.uuid()), null),
    revokedAt: z.catch(z.nullable(z.number().check(z.refine(Number.isFinite))), null),
  }),
  () => ({ endpoint: null, token: null, device: null, revokedAt: null }),
);
const LastSuccessSchema = z.catch(z.nullable(z.number()), null);
const KeyDevicesSchema = z.catch(z.array(z.uuid()), []);

type StoredPairing = Omit<SyncSettings, 'lastSuccessAt'>;

function storedPairing(value: unknown): StoredPairing {
  const stored = StoredPairingSchema.parse(value);
  if (stored.endpoint === null) return stored;
  try {
    return { ...stored, endpoint: normaliseEndpoint(stored.endpoint) };
  } catch {
    return { ...stored, endpoint: null };
  }
}

/** The stored pairing and last success; anything missing or no longer valid reads as null. */
export async function getSyncSettings(): Promise<SyncSettings> {
  const [pairing, lastSuccess] = await db.settings.bulkGet([PAIRING_KEY, LAST_SUCCESS_KEY]);
  return {
    ...storedPairing(pairing?.value),
    lastSuccessAt: LastSuccessSchema.parse(lastSuccess?.value),
  };
}

/**
 * Stores a new pairing, replacing the old one whole (a withdrawal noted on the old key goes with
 * it). Throws, storing nothing, when the endpoint, token or device id cannot be used. Visits
 * already recorded are kept and go to the new endpoint with the new key.
 */
export async function savePairing(pairing: SyncPairing): Promise<SyncPairing> {
  const endpoint = pairing.endpoint === null ? null : normaliseEndpoint(pairing.endpoint);
  if (!isToken(pairing.token)) {
    throw new Error('The tablet’s token must be visible characters without spaces.');
  }
  const device = pairing.device ?? null;
  if (device !== null && !z.uuid().safeParse(device).success) {
    throw new Error('The server’s id for the tablet’s key is not a UUID.');
  }
  const saved = { endpoint, token: pairing.token, device };
  await writing(() =>
    db.transaction('rw', db.settings, async () => {
      await db.settings.put({ key: PAIRING_KEY, value: saved });
      if (device === null) return;
      const known = KeyDevicesSchema.parse((await db.settings.get(KEY_DEVICES_KEY))?.value);
      if (known.includes(device)) return;
      await db.settings.put({
        key: KEY_DEVICES_KEY,
        value: [...known, device].slice(-MAX_KEY_DEVICES),
      });
    }),
  );
  return saved;
}

/**
 * Notes that the server withdrew the key `token` (401 token_revoked), so the tablet stops sending
 * until it is paired again. Only the key that was refused is marked: a pairing stored since, with
 * another key, is left alone. Visits are not touched; they wait for the next pairing. Returns
 * whether the stored pairing was marked by this call.
 */
export async function markKeyRevoked(token: string, at: number): Promise<boolean> {
  return writing(() =>
    db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get(PAIRING_KEY);
      const stored = StoredPairingSchema.parse(row?.value);
      if (stored.token !== token || stored.revokedAt !== null) return false;
      await db.settings.put({ key: PAIRING_KEY, value: { ...stored, revokedAt: at } });
      return true;
    }),
  );
}

/** Forgets the endpoint and token; visits are kept and wait for the next pairing. */
export async function forgetPairing(): Promise<void> {
  await writing(() => db.settings.delete(PAIRING_KEY));
}

/** Notes that the endpoint answered a delivery properly at `at` (epoch milliseconds). */
export async function recordSyncSuccess(at: number): Promise<void> {
  await writing(() => db.settings.put({ key: LAST_SUCCESS_KEY, value: at }));
}

const ClockCheckSchema = z.catch(
  z.nullable(
    z.object({
      tabletAt: z.number().check(z.refine(Number.isFinite)),
      serverAt: z.number().check(z.refine(Number.isFinite)),
    }),
  ),
  null,
);
const TimeZoneSchema = z.catch(z.nullable(z.string().check(z.refine(isTimeZone))), null);

/** What the tablet knows of the centre's clock: the zone the server gave, and the last check. */
export interface CentreClock {
  /** The centre's IANA zone as its server gave it; null until a server has said. */
  timeZone: string | null;
  /** The tablet's clock beside the server's at the last exchange; null before any. */
  clock: ClockCheck | null;
}

/**
 * The centre's zone and the last clock check. Inside a transaction that holds db.settings (a
 * check-in's) they are read in it; anything missing or damaged reads as null.
 */
export async function centreClock(): Promise<CentreClock> {
  const [zone, clock] = await db.settings.bulkGet([TIME_ZONE_KEY, CLOCK_KEY]);
  return {
    timeZone: TimeZoneSchema.parse(zone?.value ?? null),
    clock: ClockCheckSchema.parse(clock?.value ?? null),
  };
}

/**
 * The centre's zone as its server gave it, else the default. Reads only the zone's row, so a live
 * count that reads it is not run again by every clock check.
 */
export async function centreTimeZone(): Promise<string> {
  return (
    TimeZoneSchema.parse((await db.settings.get(TIME_ZONE_KEY))?.value ?? null) ?? CENTRE_TIME_ZONE
  );
}

// A check that finds the clocks as the stored one did is kept only now and then: every answer
// brings one, and a write on each would hold up the check-ins that share the settings table.
const SAME_OFFSET_MS = 1_000;
const KEEP_SAME_FOR_MS = 10 * 60_000;

/** Notes the tablet's clock beside the server's, as one exchange found them. */
export async function recordClockCheck(check: ClockCheck): Promise<void> {
  const stored = ClockCheckSchema.parse((await db.settings.get(CLOCK_KEY))?.value ?? null);
  if (stored !== null) {
    const drift = Math.abs(check.tabletAt - check.serverAt - (stored.tabletAt - stored.serverAt));
    const since = check.tabletAt - stored.tabletAt;
    if (drift < SAME_OFFSET_MS && since >= 0 && since < KEEP_SAME_FOR_MS) return;
  }
  await writing(() => db.settings.put({ key: CLOCK_KEY, value: check }));
}

/**
 * Takes the centre's time zone as its server gave it. When that is not the zone the tablet counted
 * its days in, every visit's local date is worked out again in the same transaction, as the server
 * does when its zone setting changes, so no day's figures mix two zones. Returns whether the zone
 * changed; throws, changing nothing, for a name that is not a zone this browser knows. Offline this
 * never runs: it follows an answer from the server.
 */
export async function adoptCentreTimeZone(timeZone: string): Promise<boolean> {
  if (!isTimeZone(timeZone)) throw new Error(`"${timeZone}" is not a time zone this tablet knows.`);
  // Read first: every answer names the zone, and a write transaction over the visits on each would
  // hold up the check-ins.
  if ((await centreClock()).timeZone === timeZone) return false;
  return writing(() =>
    db.transaction('rw', db.settings, db.visits, db.outbox, async () => {
      const { timeZone: before } = await centreClock();
      if (before === timeZone) return false;
      await db.settings.put({ key: TIME_ZONE_KEY, value: timeZone });
      if ((before ?? CENTRE_TIME_ZONE) !== timeZone) {
        // The server refuses a stamp whose offset is not its zone's, so what is still to be sent
        // is written again in the centre's zone: the same moment, only its offset differs. What
        // the server already holds keeps the stamp it was stored with.
        const waiting = new Set((await db.outbox.toArray()).map((row) => row.id));
        await db.outbox.toCollection().modify((row) => {
          row.visitedAt = toQuarterHour(new Date(row.visitedAt), timeZone);
        });
        await db.visits.toCollection().modify((visit) => {
          if (waiting.has(visit.id))
            visit.visitedAt = toQuarterHour(new Date(visit.visitedAt), timeZone);
          visit.localDate = localDate(visit.visitedAt, timeZone);
        });
      }
      return true;
    }),
  );
}

const SyncDeviceSchema = z.catch(z.nullable(z.uuid()), null);

/**
 * The tablet's own id for its server: a UUID made on first use and kept, so the server tells this
 * tablet's visits from another's of the same name and finds them again after a rename. Concurrent
 * first calls agree on one id.
 */
export async function syncDevice(): Promise<string> {
  return writing(() =>
    db.transaction('rw', db.settings, async () => {
      const stored = SyncDeviceSchema.parse(
        (await db.settings.get(SYNC_DEVICE_KEY))?.value ?? null,
      );
      if (stored !== null) return stored;
      const made = crypto.randomUUID();
      await db.settings.put({ key: SYNC_DEVICE_KEY, value: made });
      return made;
    }),
  );
}

/** The tablet's own id for its server when one was made, else null; never makes one. */
export async function knownSyncDevice(): Promise<string | null> {
  return SyncDeviceSchema.parse((await db.settings.get(SYNC_DEVICE_KEY))?.value ?? null);
}

/**
 * Every id the server may keep this tablet's visits under: the one it made itself, then the
 * server's ids of the keys it was given, oldest first. Never makes one.
 */
export async function knownSyncDevices(): Promise<string[]> {
  const [own, keys] = await db.settings.bulkGet([SYNC_DEVICE_KEY, KEY_DEVICES_KEY]);
  const made = SyncDeviceSchema.parse(own?.value ?? null);
  return [...(made === null ? [] : [made]), ...KeyDevicesSchema.parse(keys?.value)];
}
