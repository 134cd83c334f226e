// At most `perMinute` requests a minute for each token (all tablets share the kiosk token), so a
// tablet stuck in a retry loop cannot crowd out the rest. Runs after the token check, which names
// the role it counts under; an over-limit request answers 429 with Retry-After.
import type { MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { errorResponse } from '../http/responses';
import type { ApiEnv } from '../http/context';

export function perTokenRateLimit(perMinute: number): MiddlewareHandler<ApiEnv> {
  return rateLimiter<ApiEnv>({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => c.get('role'),
    handler: (c) => {
      const wait = c.res.headers.get('Retry-After') ?? '60';
      return errorResponse(
        c,
        429,
        'rate_limited',
        `Too many requests with this token; wait ${wait} seconds and try again.`,
      );
    },
  });
}
