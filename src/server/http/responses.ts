// The API's own kinds of answer: an error in the API's one error body (shared/api/errors.ts),
// sent at once or thrown as an ApiError for the app's error handler, a CSV download, and the
// server's clock and zone that the answers a tablet reads carry.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from '../../shared/api/errors';
import type { ServerClock } from '../../shared/api/serverClock';

/** Thrown by a route or helper to answer with an error; the app's error handler sends it. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  headers?: Record<string, string>,
): Response {
  return c.json<ErrorBody>({ error: message, code }, status, headers);
}

/** A CSV download: the right type for spreadsheets, and a file name to save it under. */
export function csvResponse(c: Context, csv: string, fileName: string): Response {
  return c.body(csv, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName}"`,
  });
}

/**
 * The server's clock and the centre's zone, added to the answers a tablet reads (health, a batch,
 * a summary), so that it counts days in the centre's zone and notices when its own clock is wrong.
 */
export function serverClock(
  store: { readonly timeZone: string },
  now: () => Date,
): Required<ServerClock> {
  return { serverTime: now().toISOString(), timeZone: store.timeZone };
}
