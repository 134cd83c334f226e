// The pairing link a tablet opens (or scans as a QR code) to learn where to send its visits and with
// which token: `<endpoint>/#pair=<base64url of the JSON {"endpoint", "token"}>`. Everything after
// "#" stays in the browser, so the token reaches no server's access log on the way.
import { z } from 'zod/mini';
import { trimEndpoint } from './routes';
import { isToken, TOKEN } from './token';

export { isToken } from './token';

/** The name of the link's part after "#". */
export const PAIR_PARAM = 'pair';

export const TokenSchema = z.string().check(z.regex(TOKEN));

/** What the link carries. An empty or missing endpoint means the address the link was opened at. */
const PairingPayloadSchema = z.object({
  endpoint: z.optional(z.nullable(z.string())),
  token: TokenSchema,
});

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

/** `<endpoint>/#pair=<base64url of {endpoint, token}>` */
export function pairingLink(endpoint: string, token: string): string {
  const base = trimEndpoint(endpoint);
  const payload: PairingPayload = { endpoint: base, token };
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
  const tokenOnly = z.object({ token: z.optional(z.unknown()) }).safeParse(data);
  return {
    ok: false,
    problem: tokenOnly.success && !isToken(tokenOnly.data.token) ? 'no-token' : 'unreadable',
  };
}
