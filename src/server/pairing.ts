// The pairing link a tablet opens (or scans as a QR code) to learn where to send its visits and
// with which token. Everything sits after "#", which a browser never sends to any server, so the
// token does not end up in an access log on the way.

export interface Pairing {
  /** The server's base address; the API is under `${endpoint}/api/v1`. */
  endpoint: string;
  token: string;
}

/** `<endpoint>/#pair=<base64url of the JSON {endpoint, token}>` */
export function pairingLink(endpoint: string, token: string): string {
  const base = endpoint.replace(/\/+$/, '');
  const pairing: Pairing = { endpoint: base, token };
  return `${base}/#pair=${Buffer.from(JSON.stringify(pairing), 'utf8').toString('base64url')}`;
}
