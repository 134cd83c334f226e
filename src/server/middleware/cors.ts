// CORS for the API: the very headers of Hono's cors middleware (the test beside this one holds it
// to that, header for header), added to the route's response once it is made. Hono's sets them on
// c.res before the route answers, which makes Hono rebuild the route's response as a full web
// Response whose body is a stream, and @hono/node-server then reads that stream back to send it:
// most of the cost of answering a request. Headers added to the response in place cost nothing.
// (Every response of the API is made by c.json or c.body, whose headers can be changed.)
import type { Context, MiddlewareHandler } from 'hono';

export interface CorsOptions {
  /** The origin to allow for a request from `origin` ('' when it sent none), or null. */
  origin: (origin: string, c: Context) => string | null;
  allowMethods: readonly string[];
  allowHeaders: readonly string[];
  exposeHeaders: readonly string[];
  /** Seconds a browser may keep a preflight's answer. */
  maxAge: number;
}

export function cors(options: CorsOptions): MiddlewareHandler {
  const allowMethods = options.allowMethods.join(',');
  const allowHeaders = options.allowHeaders.join(',');
  const exposeHeaders = options.exposeHeaders.join(',');

  return async (c, next) => {
    const allowOrigin = options.origin(c.req.header('Origin') ?? '', c);
    const allow = (headers: Headers) => {
      if (allowOrigin) headers.set('Access-Control-Allow-Origin', allowOrigin);
      if (exposeHeaders) headers.set('Access-Control-Expose-Headers', exposeHeaders);
    };

    if (c.req.method === 'OPTIONS') {
      const headers = c.res.headers;
      allow(headers);
      headers.append('Vary', 'Origin');
      headers.set('Access-Control-Max-Age', String(options.maxAge));
      if (allowMethods) headers.set('Access-Control-Allow-Methods', allowMethods);
      if (allowHeaders) {
        headers.set('Access-Control-Allow-Headers', allowHeaders);
        headers.append('Vary', 'Access-Control-Request-Headers');
      }
      headers.delete('Content-Length');
      headers.delete('Content-Type');
      return new Response(null, { headers, status: 204, statusText: 'No Content' });
    }

    await next();
    const headers = c.res.headers;
    allow(headers);
    headers.append('Vary', 'Origin');
  };
}
