// What a token may be, checked without a validator library, so a tablet's first screen can check
// the pairing it remembers without loading one. A token travels in an HTTP header: visible ASCII
// without spaces. The server's own tokens are 43 characters; another endpoint may use longer ones.
export const TOKEN = /^[\x21-\x7e]{1,4096}$/;

export function isToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}
