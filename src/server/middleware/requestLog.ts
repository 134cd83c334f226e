// One line per request: method, route pattern, status, time taken. The pattern, not the path, and
// never a header, query or body, so no token and nothing about a visit ends up in a log.
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';

export type LogLine = (line: string) => void;

export function requestLog(log: LogLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = Math.round(performance.now() - started);
      // routePath reads the route of the handler that answered (the last one dispatched).
      log(`${c.req.method} ${routePath(c) || '*'} ${c.res.status} ${ms}ms`);
    }
  };
}
