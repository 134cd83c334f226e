// The pairing link a tablet opens (or scans as a QR code) to learn where to send its visits and how
// to get its key: `<endpoint>/#pair=<base64url of the JSON {"endpoint", "code"}>`, where the code is
// a one-time pairing code the tablet exchanges for a key of its own (POST /pair). Links made before
// devices had keys carry {"endpoint", "token"} with the shared kiosk token, and still work.
// Everything after "#" stays in the browser, so neither reaches a server's access log on the way.
import { z } from 'zod/mini';
import { trimEndpoint } from './routes';
import { isToken, TOKEN } from './token';
import { PAIRING_CODE } from './devices';

export { isToken } from './token';

/** The name of the link's part after "#". */
export const PAIR_PARAM = 'pair';

export const TokenSchema = z.string().check(z.regex(TOKEN));

const Endpoint = z.optional(z.nullable(z.string()));

/**
 * What the link carries: a one-time code (current links) or a token (older ones). An empty or
 * missing endpoint means the address the link was opened at.
 */
const PairingPayloadSchema = z.union([
  z.object({ endpoint: Endpoint, code: z.string().check(z.regex(PAIRING_CODE)) }),
  z.object({ endpoint: Endpoint, token: TokenSchema }),
]);

export type PairingPayload = z.output<typeof PairingPayloadSchema>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** `<endpoint>/#pair=<base64url of {endpoint, token}>`, the older form with a shared token. */
export function pairingLink(endpoint: string, token: string): string {
  const base = trimEndpoint(endpoint);
  const payload: PairingPayload = { endpoint: base, token };
  return `${base}/#${PAIR_PARAM}=${toBase64Url(JSON.stringify(payload))}`;
}

/** `<endpoint>/#pair=<base64url of {endpoint, code}>`, with a one-time pairing code. */
export function pairingCodeLink(endpoint: string, code: string): string {
  const base = trimEndpoint(endpoint);
  const payload: PairingPayload = { endpoint: base, code };
  return `${base}/#${PAIR_PARAM}=${toBase64Url(JSON.stringify(payload))}`;
}

export type PayloadRead =
  { ok: true; payload: PairingPayload } | { ok: false; problem: 'unreadable' | 'no-token' };

/** The payload of a link's `pair=` value: decoded and checked, not yet trusted as an address. */
export function readPairingPayload(encoded: string): PayloadRead {
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(encoded.trim()));
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const parsed = PairingPayloadSchema.safeParse(data);
  if (parsed.success) return { ok: true, payload: parsed.data };
  // An object whose token or code is missing or unusable says so; anything else is damaged.
  const keyed = z
    .object({ token: z.optional(z.unknown()), code: z.optional(z.unknown()) })
    .safeParse(data);
  return {
    ok: false,
    problem: keyed.success && !isToken(keyed.data.token) ? 'no-token' : 'unreadable',
  };
}
