// Where this tablet sends its visits and the kiosk token it sends them with, as set by pairing, and
// when a delivery last succeeded, so the staff view can say so after a restart. Kept in the settings
// table; the token never leaves the tablet except in the Authorization header of a sync request.
import { z } from 'zod/mini';
import { isToken, TokenSchema } from '../../shared/api/pairing';
import { trimEndpoint } from '../../shared/api/routes';
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
