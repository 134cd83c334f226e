// The sync API of API.md, mounted at /api/v1. Each route lists its own guards (token, rate
// limit, body) in front of its handler, so a wrong method or an unknown address answers 405/404
// before any token is asked for.
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { groupCommit, type GroupCommit } from './store/groupCommit';
import { errorResponse } from './http/responses';
import type { ApiEnv } from './http/context';
import { jsonBody } from './middleware/jsonBody';
import { pairingRateLimit, perTokenRateLimit } from './middleware/rateLimit';
import { requireRole, type Keys } from './middleware/auth';
import type { Guards } from './routes/guards';
import { deviceRoutes } from './routes/devices';
import { centreRoutes } from './routes/centres';
import { healthRoutes } from './routes/health';
import { reportRoutes } from './routes/report';
import { summaryRoutes } from './routes/summary';
import { visitRoutes } from './routes/visits';
import type { VisitStore } from './store/VisitStore';
import type { Tokens } from './auth/tokens';

export interface ApiOptions {
  store: VisitStore;
  /** Where POST /visits writes; default the store itself, on this thread. */
  writes?: GroupCommit;
  tokens: Tokens;
  now: () => Date;
  rateLimitPerMinute: number;
  /** Tries to pair allowed from one client address an hour. */
  pairingTriesPerHour: number;
  maxVisitAgeDays: number;
  publicUrl?: string | undefined;
  /** Reverse proxies whose X-Forwarded-For names the client, for limits per client address. */
  trustedProxies?: readonly string[];
}

export function createApi({
  store,
  writes,
  tokens,
  now,
  rateLimitPerMinute,
  pairingTriesPerHour,
  maxVisitAgeDays,
  publicUrl,
  trustedProxies = [],
}: ApiOptions): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.use(
    methodNotAllowed<ApiEnv>({
      app: api,
      onMethodNotAllowed: (c, methods) =>
        errorResponse(
          c,
          405,
          'method_not_allowed',
          `This address answers ${methods.join(', ')} only.`,
          { Allow: methods.join(', ') },
        ),
    }),
  );

  const keys: Keys = { tokens, devices: store.devices, centres: store.centres, now };
  const guards: Guards = {
    anyToken: requireRole(keys, ['kiosk', 'coordinator']),
    coordinatorToken: requireRole(keys, ['coordinator']),
    rateLimit: perTokenRateLimit(rateLimitPerMinute, trustedProxies, store.counters),
    pairingRateLimit: pairingRateLimit(pairingTriesPerHour, trustedProxies, store.counters),
    json: jsonBody(),
  };
  const context = {
    store,
    writes: writes ?? groupCommit((batches) => store.putBatches(batches)),
    now,
    guards,
    keys,
    maxVisitAgeDays,
    publicUrl,
  };
  healthRoutes(api, context);
  visitRoutes(api, context);
  reportRoutes(api, context);
  summaryRoutes(api, context);
  deviceRoutes(api, context);
  centreRoutes(api, context);

  api.all('*', (c) =>
    errorResponse(c, 404, 'not_found', 'There is no such address in the Velkommen API.'),
  );
  return api;
}
