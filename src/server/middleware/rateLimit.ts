// Request limits, counted so that one client's flood never slows another: per device for a tablet
// with its own key, per client address for a shared token (tablets paired before devices had keys,
// and the coordinator), and per client address for requests without a token. Runs after the token
// check, which says who is asking; an over-limit request answers 429 with Retry-After. Counted in
// the process's memory, or, when the store shares counters between processes (PostgreSQL), there,
// so that several server processes behind one address hold a tablet to one limit.
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter, type Store } from 'hono-rate-limiter';
import type { CounterStore } from '../store/counters';
import { clientAddress } from '../http/clientAddress';
import { errorResponse } from '../http/responses';
import type { ApiEnv } from '../http/context';

/** The rate limiter's store over shared counters, each key counted in windows of `windowMs`. */
export function sharedLimiterStore(counters: CounterStore, windowMs: number): Store<ApiEnv> {
  return {
    increment: (key) => counters.increment(key, windowMs),
    decrement: (key) => counters.decrement(key),
    resetKey: (key) => counters.reset(key),
    localKeys: false,
  };
}

function limiter(
  perWindow: number,
  windowMs: number,
  key: (c: Context<ApiEnv>) => string,
  sentence: (wait: string) => string,
  counters: CounterStore | undefined,
): MiddlewareHandler<ApiEnv> {
  return rateLimiter<ApiEnv>({
    windowMs,
    limit: perWindow,
    ...(counters ? { store: sharedLimiterStore(counters, windowMs) } : {}),
    standardHeaders: 'draft-6',
    keyGenerator: key,
    handler: (c) => {
      const wait = c.res.headers.get('Retry-After') ?? String(Math.ceil(windowMs / 1000));
      return errorResponse(c, 429, 'rate_limited', sentence(wait));
    },
  });
}

/** At most `perMinute` requests a minute for each device, or each shared token and address. */
export function perTokenRateLimit(
  perMinute: number,
  trustedProxies: readonly string[] = [],
  counters?: CounterStore,
): MiddlewareHandler<ApiEnv> {
  return limiter(
    perMinute,
    60_000,
    (c) => {
      const device = c.get('device');
      return device
        ? `device ${device.id}`
        : `${c.get('role')} ${clientAddress(c, trustedProxies)}`;
    },
    (wait) => `Too many requests from this tablet; wait ${wait} seconds and try again.`,
    counters,
  );
}

/** At most `perHour` tries to pair from one client address an hour, so codes cannot be guessed. */
export function pairingRateLimit(
  perHour: number,
  trustedProxies: readonly string[] = [],
  counters?: CounterStore,
): MiddlewareHandler<ApiEnv> {
  return limiter(
    perHour,
    3_600_000,
    (c) => `pair ${clientAddress(c, trustedProxies)}`,
    (wait) => `Too many pairing tries from this address; wait ${wait} seconds and try again.`,
    counters,
  );
}
