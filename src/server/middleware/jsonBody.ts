// Reads a JSON request body safely: refuses more than `maxBytes` before parsing anything (413),
// refuses another media type (415), and answers 400 for JSON that does not parse. The parsed body
// is left in c.var.body for the route.
import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse, type ApiEnv } from '../http';

export const MAX_BODY_BYTES = 1024 * 1024;

export function jsonBody(maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler<ApiEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      errorResponse(
        c,
        413,
        'body_too_large',
        `The body is larger than ${formatBytes(maxBytes)}; send the visits in smaller batches.`,
      ),
  });

  const parse: MiddlewareHandler<ApiEnv> = async (c, next) => {
    if (!isJson(c.req.header('Content-Type'))) {
      return errorResponse(
        c,
        415,
        'unsupported_media_type',
        'The body must be JSON; send it with "Content-Type: application/json".',
      );
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return errorResponse(
        c,
        400,
        'invalid_json',
        'The body is not valid JSON; send {"visits": [...]}.',
      );
    }
    c.set('body', body);
    await next();
  };

  return every(limit, parse);
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
