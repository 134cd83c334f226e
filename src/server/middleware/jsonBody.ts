// Reads a JSON request body safely: refuses more than `maxBytes` before parsing anything (413),
// refuses another media type (415), and leaves the body's bytes in c.var.body. The route takes
// them from there (takeBody) and parses them (parseBody), which answers 400 for JSON that does not
// parse. So the parsed body belongs to the route alone, which lets go of it once the visits are
// judged: a request then waits a while for its commit, and a parsed batch kept that long (by the
// context, say) is thousands of small objects for every young-generation collection to copy.
//
// A body that declares its Content-Length (as every tablet's does) is judged by that header and
// then read whole in one go: on Node, @hono/node-server reads it straight from the socket, without
// the web stream and the Request object that wrapping the body in a size-counting stream would
// make for every request. Node's parser never delivers more than the declared length. A chunked
// body, which declares nothing, is counted as it streams in, by Hono's bodyLimit.
import type { Context, MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { bodyLimit } from 'hono/body-limit';
import { MAX_BODY_BYTES } from '../../shared/api/routes';
import { ApiError, errorResponse } from '../http/responses';
import type { ApiEnv } from '../http/context';

export function jsonBody(maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler<ApiEnv> {
  const tooLarge = (c: Context) =>
    errorResponse(
      c,
      413,
      'body_too_large',
      `The body is larger than ${formatBytes(maxBytes)}; send the visits in smaller batches.`,
    );
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });

  const read: MiddlewareHandler<ApiEnv> = async (c, next) => {
    if (!isJson(c.req.header('Content-Type'))) {
      return errorResponse(
        c,
        415,
        'unsupported_media_type',
        'The body must be JSON; send it with "Content-Type: application/json".',
      );
    }
    if (!(await readBody(c))) return invalidJson(c);
    await next();
  };
  const counted = every(streamed, read);

  return async (c, next) => {
    const declared = declaredLength(c);
    if (declared === undefined) return counted(c, next);
    return declared > maxBytes ? tooLarge(c) : read(c, next);
  };
}

// A function of its own, so that the bytes are not also kept in a local of the middleware while
// the route runs (an async function keeps its locals across an await). Read from the raw
// request, whose reader does not keep a copy the way c.req's does.
async function readBody(c: Context<ApiEnv>): Promise<boolean> {
  try {
    c.set('body', await c.req.raw.arrayBuffer());
    return true;
  } catch {
    // A body cut off on its way; as JSON, it does not parse.
    return false;
  }
}

const INVALID_JSON = 'The body is not valid JSON; send {"visits": [...]}.';

function invalidJson(c: Context): Response {
  return errorResponse(c, 400, 'invalid_json', INVALID_JSON);
}

/** The body's bytes, handed to the route once: the context lets go of them. */
export function takeBody(c: Context<ApiEnv>): ArrayBuffer | undefined {
  const body = c.get('body');
  c.set('body', undefined);
  return body;
}

// As Request.text() decodes: UTF-8, a leading byte order mark dropped.
const utf8 = new TextDecoder();

/** The body as JSON; a 400 when it is not. */
export function parseBody(body: ArrayBuffer | undefined): unknown {
  try {
    return JSON.parse(utf8.decode(body));
  } catch {
    throw new ApiError(400, 'invalid_json', INVALID_JSON);
  }
}

/** The body's Content-Length, when it gives one that holds (no Transfer-Encoding beside it). */
function declaredLength(c: Context): number | undefined {
  const length = c.req.header('Content-Length');
  if (length === undefined || c.req.header('Transfer-Encoding') !== undefined) return undefined;
  // As bodyLimit reads it; Node has already refused a malformed or repeated Content-Length.
  const bytes = Number.parseInt(length, 10);
  return Number.isNaN(bytes) ? undefined : bytes;
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
