// Pairing a tablet with its server. The server prints a link (and a QR code of it) of the form
// `<endpoint>/#pair=<base64url of the JSON {"endpoint", "token"}>`; everything after "#" stays in
// the browser, so the token reaches no access log. Opening the link stores the pairing and takes
// the token out of the address bar at once, so it is neither bookmarked nor shown on screen.
import { PAIR_PARAM, readPairingPayload } from '../../shared/api/pairing';
import type { SyncPairing } from '../data/syncSettings';
import { normaliseEndpoint, savePairing } from '../data/syncSettings';

export type PairingRead =
  | { found: false }
  | { found: true; ok: true; pairing: SyncPairing }
  | { found: true; ok: false; reason: string };

function hashParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}

const UNREADABLE =
  'The pairing link is damaged; open it again, or scan the QR code the server printed.';

/** The pairing in a location hash like `#pair=eyJ...`, checked but not stored. */
export function readPairingHash(hash: string): PairingRead {
  const encoded = hashParams(hash).get(PAIR_PARAM);
  if (encoded === null) return { found: false };
  const read = readPairingPayload(encoded);
  if (!read.ok) {
    const reason =
      read.problem === 'no-token' ? 'The pairing link holds no usable token.' : UNREADABLE;
    return { found: true, ok: false, reason };
  }
  const { endpoint, token } = read.payload;
  if (endpoint === undefined || endpoint === null || endpoint === '') {
    return { found: true, ok: true, pairing: { endpoint: null, token } };
  }
  try {
    return { found: true, ok: true, pairing: { endpoint: normaliseEndpoint(endpoint), token } };
  } catch (error) {
    return { found: true, ok: false, reason: error instanceof Error ? error.message : UNREADABLE };
  }
}

/** The hash with the pairing taken out, other parts kept; '' when nothing is left. */
export function hashWithoutPairing(hash: string): string {
  const params = hashParams(hash);
  params.delete(PAIR_PARAM);
  const rest = params.toString();
  return rest === '' ? '' : `#${rest}`;
}

export type PairingResult =
  | { status: 'none' }
  | { status: 'paired'; pairing: SyncPairing }
  | { status: 'failed'; reason: string };

type AddressBar = Pick<Location, 'hash' | 'pathname' | 'search'>;
type SessionHistory = Pick<History, 'replaceState' | 'state'>;

/**
 * Reads a pairing link from the address bar, stores it, and removes it from the address bar
 * (replaceState, so Back does not bring it back), whether or not it could be used.
 */
export async function pairFromLocation(
  address: AddressBar = location,
  history: SessionHistory = window.history,
): Promise<PairingResult> {
  const read = readPairingHash(address.hash);
  if (!read.found) return { status: 'none' };
  history.replaceState(
    history.state,
    '',
    `${address.pathname}${address.search}${hashWithoutPairing(address.hash)}`,
  );
  if (!read.ok) return { status: 'failed', reason: read.reason };
  try {
    return { status: 'paired', pairing: await savePairing(read.pairing) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'The pairing could not be stored.';
    return { status: 'failed', reason };
  }
}

/**
 * The endpoint to use when none is stored: the app's own origin when it was loaded over http(s),
 * since the server serves the app itself. Null elsewhere (a file, or Node in the tests).
 */
export function defaultEndpoint(
  address: Pick<Location, 'protocol' | 'origin'> | null = typeof location === 'undefined'
    ? null
    : location,
): string | null {
  if (address === null) return null;
  return address.protocol === 'http:' || address.protocol === 'https:' ? address.origin : null;
}
