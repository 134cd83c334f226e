// The one error body of the API: {"error": a sentence a person can act on, "code": machine_code}.
import { z } from 'zod/mini';

export const ERROR_CODES = [
  'invalid_json',
  'invalid_body',
  'too_many_visits',
  'invalid_query',
  'unauthorized',
  'token_revoked',
  'invalid_pairing_code',
  'forbidden',
  'not_found',
  'centre_required',
  'centre_exists',
  'method_not_allowed',
  'body_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorBodySchema = z.object({ error: z.string(), code: z.enum(ERROR_CODES) });

export type ErrorBody = z.output<typeof ErrorBodySchema>;

// Read leniently: an endpoint written by someone else may use codes of its own, and its sentence
// is still worth showing.
const AnyErrorBody = z.object({ error: z.string() });

/**
 * The server's sentence in an error body, trimmed and at most `maxLength` characters; null when the
 * body is not the API's (a proxy's HTML page, say), which is not worth showing to anyone.
 */
export function errorSentence(body: unknown, maxLength = 500): string | null {
  const parsed = AnyErrorBody.safeParse(body);
  if (!parsed.success) return null;
  const sentence = parsed.data.error.trim();
  return sentence === '' ? null : sentence.slice(0, maxLength);
}
