// Where this tablet sends its visits and the kiosk token it sends them with, as set by pairing, and
// when a delivery last succeeded, so the staff view can say so after a restart. Kept in the settings
// table; the token never leaves the tablet except in the Authorization header of a sync request.
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
/** The settings row that notes the last proper answer; markDelivered writes it with each batch. */
export const LAST_SUCCESS_KEY = 'syncLastSuccessAt';

// A token travels in an HTTP header: visible ASCII without spaces. The server's own tokens are 43
// characters; another endpoint may use longer ones.
const TOKEN = /^[\x21-\x7e]{1,4096}$/;

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
  return url.href.replace(/\/+$/, '');
}

export function isSyncToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN.test(token);
}

function storedPairing(value: unknown): { endpoint: string | null; token: string | null } {
  if (typeof value !== 'object' || value === null) return { endpoint: null, token: null };
  const endpoint: unknown = Reflect.get(value, 'endpoint');
  const token: unknown = Reflect.get(value, 'token');
  let validEndpoint: string | null = null;
  if (typeof endpoint === 'string') {
    try {
      validEndpoint = normaliseEndpoint(endpoint);
    } catch {
      validEndpoint = null;
    }
  }
  return { endpoint: validEndpoint, token: isSyncToken(token) ? token : null };
}

/** The stored pairing and last success; anything missing or no longer valid reads as null. */
export async function getSyncSettings(): Promise<SyncSettings> {
  const [pairing, lastSuccess] = await db.settings.bulkGet([PAIRING_KEY, LAST_SUCCESS_KEY]);
  const at: unknown = lastSuccess?.value;
  return {
    ...storedPairing(pairing?.value),
    lastSuccessAt: typeof at === 'number' && Number.isFinite(at) ? at : null,
  };
}

/**
 * Stores a new pairing, replacing the old one whole. Throws, storing nothing, when the endpoint
 * or token cannot be used. Visits already recorded are kept and go to the new endpoint.
 */
export async function savePairing(pairing: SyncPairing): Promise<SyncPairing> {
  const endpoint = pairing.endpoint === null ? null : normaliseEndpoint(pairing.endpoint);
  if (!isSyncToken(pairing.token)) {
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
