// Who sent a request, as far as the server can tell: the socket's address, or behind the centre's
// own reverse proxy the client it names. Rate limits without a token count per this address.
import { isIP } from 'node:net';
import type { Context } from 'hono';

/** The address the socket says the request came from; an IPv4 address mapped to IPv6 as IPv4. */
function socketAddress(c: Context): string {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null) return 'unknown';
  const bindings = 'server' in env && typeof env.server === 'object' ? env.server : env;
  if (typeof bindings !== 'object' || bindings === null || !('incoming' in bindings)) {
    return 'unknown';
  }
  const incoming: unknown = bindings.incoming;
  if (typeof incoming !== 'object' || incoming === null || !('socket' in incoming)) {
    return 'unknown';
  }
  const socket: unknown = incoming.socket;
  if (typeof socket !== 'object' || socket === null || !('remoteAddress' in socket)) {
    return 'unknown';
  }
  return typeof socket.remoteAddress === 'string' ? plainAddress(socket.remoteAddress) : 'unknown';
}

/** An address as compared: IPv4 mapped to IPv6 as plain IPv4, IPv6 in lower case. */
export function plainAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();
}

/**
 * The address the request came from. Only when the socket is one of `trustedProxies` (the
 * centre's own reverse proxy, VELKOMMEN_TRUSTED_PROXIES) is X-Forwarded-For believed, and then
 * read from the right: the last address no trusted proxy added is the client. Anyone can send the
 * header, so without a trusted proxy it is ignored, and an address a client wrote on its left end
 * is never taken. Behind an untrusted proxy every request comes from the proxy, so the shared
 * token's holders there count as one; a tablet with its own key is counted by it wherever it is.
 */
export function clientAddress(c: Context, trustedProxies: readonly string[] = []): string {
  let address = socketAddress(c);
  if (!trustedProxies.includes(address)) return address;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => plainAddress(hop.trim()))
    .reverse();
  for (const hop of hops) {
    if (isIP(hop) === 0) break;
    address = hop;
    if (!trustedProxies.includes(hop)) break;
  }
  return address;
}
