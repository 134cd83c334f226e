// Pairing a tablet with its server. The coordinator page (and the server at start) shows a link, and
// a QR code of it, of the form `<endpoint>/#pair=<base64url of the JSON {"endpoint", "code"}>`: a
// one-time code the tablet exchanges for a key of its own (ownKey.ts). Links made before tablets had
// keys carry the centre's shared kiosk token instead, and still pair. Everything after "#" stays in
// the browser, so neither reaches an access log; opening the link takes it out of the address bar at
// once, so it is neither bookmarked nor shown on screen, and a code is never exchanged twice.
import { PAIR_PARAM, readPairingPayload } from '../../shared/api/pairing';
import type { SyncPairing } from '../data/syncSettings';
import { normaliseEndpoint, savePairing } from '../data/syncSettings';
import type { KeyOutcome, KeyProblem } from './ownKey';
import { pairWithCode } from './ownKey';

/** What a pairing link says: a one-time code to exchange, or (older links) the shared token. */
export type PairingLink =
  { kind: 'code'; endpoint: string | null; code: string } | { kind: 'token'; pairing: SyncPairing };

export type PairingRead =
  | { found: false }
  | { found: true; ok: true; link: PairingLink }
  | { found: true; ok: false; reason: string };

function hashParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}

const UNREADABLE =
  'The pairing link is damaged; open it again, or scan the QR code on the coordinator page.';

/** The pairing in a location hash like `#pair=eyJ...`, checked but not stored. */
export function readPairingHash(hash: string): PairingRead {
  const encoded = hashParams(hash).get(PAIR_PARAM);
  if (encoded === null) return { found: false };
  const read = readPairingPayload(encoded);
  if (!read.ok) {
    const reason =
      read.problem === 'no-token' ? 'The pairing link holds no usable code or token.' : UNREADABLE;
    return { found: true, ok: false, reason };
  }
  const { payload } = read;
  let endpoint: string | null = null;
  if (payload.endpoint !== undefined && payload.endpoint !== null && payload.endpoint !== '') {
    try {
      endpoint = normaliseEndpoint(payload.endpoint);
    } catch (error) {
      return {
        found: true,
        ok: false,
        reason: error instanceof Error ? error.message : UNREADABLE,
      };
    }
  }
  const link: PairingLink =
    'code' in payload
      ? { kind: 'code', endpoint, code: payload.code }
      : { kind: 'token', pairing: { endpoint, token: payload.token } };
  return { found: true, ok: true, link };
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
  | { status: 'failed'; reason: string; problem?: KeyProblem };

type AddressBar = Pick<Location, 'hash' | 'pathname' | 'search'>;
type SessionHistory = Pick<History, 'replaceState' | 'state'>;

/** How a code is exchanged for a key; the real exchange unless a test gives another. */
export type ExchangeCode = (link: { endpoint: string | null; code: string }) => Promise<KeyOutcome>;

const exchangeCode: ExchangeCode = (link) => pairWithCode(link);

/** Stores what a read link says: the shared token as it is, a code through the exchange. */
export async function pairWithLink(
  link: PairingLink,
  exchange: ExchangeCode = exchangeCode,
): Promise<Exclude<PairingResult, { status: 'none' }>> {
  if (link.kind === 'code') {
    const outcome = await exchange(link);
    return outcome.ok
      ? { status: 'paired', pairing: outcome.pairing }
      : { status: 'failed', reason: outcome.message, problem: outcome.problem };
  }
  try {
    return { status: 'paired', pairing: await savePairing(link.pairing) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'The pairing could not be stored.';
    return { status: 'failed', reason };
  }
}

/**
 * Reads a pairing link from the address bar, takes it out of the address bar (replaceState, so
 * Back does not bring it back) whether or not it can be used, and then pairs with it: a code is
 * exchanged for the tablet's own key, an older link's token stored as it is.
 */
export async function pairFromLocation(
  address: AddressBar = location,
  history: SessionHistory = window.history,
  exchange: ExchangeCode = exchangeCode,
): Promise<PairingResult> {
  const read = readPairingHash(address.hash);
  if (!read.found) return { status: 'none' };
  history.replaceState(
    history.state,
    '',
    `${address.pathname}${address.search}${hashWithoutPairing(address.hash)}`,
  );
  if (!read.ok) return { status: 'failed', reason: read.reason };
  return pairWithLink(read.link, exchange);
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
