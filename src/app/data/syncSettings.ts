// Where this tablet sends its visits and the kiosk token it sends them with, as set by pairing;
// when a delivery last succeeded, so the staff view can say so after a restart; what the server last
// said of its clock and the centre's time zone; and the tablet's own id for its server. Kept in the
// settings table; the token never leaves the tablet except in the Authorization header of a sync
// request. Each is its own row, written on its own: none of these writes ever shares a transaction
// with the outbox, so a full disk that refuses one of them never stops the outbox draining.
import { z } from 'zod/mini';
import { isToken, TokenSchema } from '../../shared/api/pairing';
import { trimEndpoint } from '../../shared/api/routes';
import { CENTRE_TIME_ZONE, isTimeZone, localDate } from '../../shared/time';
import type { ClockCheck } from '../sync/clock';
import { db, writing } from './db';

export interface SyncPairing {
  /** The server's base address without a trailing slash; null to use the app's own origin. */
  endpoint: string | null;
  token: string;
}

export interface SyncSettings {
  endpoint: string | null;
  token: string | null;
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
  }),
  () => ({ endpoint: null, token: null }),
);
const LastSuccessSchema = z.catch(z.nullable(z.number()), null);

function storedPairing(value: unknown): { endpoint: string | null; token: string | null } {
  const { endpoint, token } = StoredPairingSchema.parse(value);
  if (endpoint === null) return { endpoint, token };
  try {
    return { endpoint: normaliseEndpoint(endpoint), token };
  } catch {
    return { endpoint: null, token };
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
 * Stores a new pairing, replacing the old one whole. Throws, storing nothing, when the endpoint
 * or token cannot be used. Visits already recorded are kept and go to the new endpoint.
 */
export async function savePairing(pairing: SyncPairing): Promise<SyncPairing> {
  const endpoint = pairing.endpoint === null ? null : normaliseEndpoint(pairing.endpoint);
  if (!isToken(pairing.token)) {
    throw new Error('The tablet’s token must be visible characters without spaces.');
  }
  const saved: SyncPairing = { endpoint, token: pairing.token };
  await writing(() => db.settings.put({ key: PAIRING_KEY, value: saved }));
  return saved;
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
    db.transaction('rw', db.settings, db.visits, async () => {
      const { timeZone: before } = await centreClock();
      if (before === timeZone) return false;
      await db.settings.put({ key: TIME_ZONE_KEY, value: timeZone });
      if ((before ?? CENTRE_TIME_ZONE) !== timeZone) {
        await db.visits.toCollection().modify((visit) => {
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
