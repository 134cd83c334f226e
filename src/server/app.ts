// The HTTP surface: the sync API under /api/v1 and the built kiosk app at /. Routing, static
// files and headers come from Hono, CORS from middleware/cors.ts; this file only wires them.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { serveStatic } from '@hono/node-server/serve-static';
import { relative } from 'node:path';
import type { ErrorCode } from '../shared/api/errors';
import { API_PREFIX } from '../shared/api/routes';
import { createApi } from './api';
import type { GroupCommit } from './store/groupCommit';
import { ApiError, errorResponse } from './http/responses';
import { cors } from './middleware/cors';
import { cacheHeaders, securityHeaders } from './middleware/headers';
import { requestLog, stdoutLog, type LogLine } from './middleware/requestLog';
import type { VisitStore } from './store/VisitStore';
import type { Tokens } from './auth/tokens';
import { DEFAULT_MAX_VISIT_AGE_DAYS, DEFAULT_RATE_LIMIT_PER_MINUTE } from './config';

/** Tries to pair from one client address an hour, unless set otherwise (tests do). */
const DEFAULT_PAIRING_TRIES_PER_HOUR = 30;

export interface AppOptions {
  /** Folder of the built app (vite build output). */
  distDir: string;
  store: VisitStore;
  /** Where POST /visits writes, e.g. a writer thread; default the store, on this thread. */
  writes?: GroupCommit;
  tokens: Tokens;
  /** Browser origins allowed to call the API besides the server's own; default none. */
  origins?: readonly string[];
  /** Requests a minute for each device (or shared token and address); default 600. */
  rateLimitPerMinute?: number;
  /** Tries to pair from one client address an hour; default 30. */
  pairingTriesPerHour?: number;
  /** Visits a tablet sends dated more days than this before arrival are refused; default 120. */
  maxVisitAgeDays?: number;
  /** VELKOMMEN_PUBLIC_URL: the address pairing links send tablets to. */
  publicUrl?: string;
  /** VELKOMMEN_TRUSTED_PROXIES: reverse proxies whose X-Forwarded-For is believed. */
  trustedProxies?: readonly string[];
  /** Where the one-line request log goes: default stdout (stdoutLog); false for none. */
  log?: false | LogLine;
  /** The server's clock; tests set it. */
  now?: () => Date;
}

const CODE_FOR_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_body',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function createApp(options: AppOptions): Hono {
  const log: LogLine = options.log === false ? () => undefined : (options.log ?? stdoutLog());
  const origins = options.origins ?? [];
  const app = new Hono();
  const root = relative(process.cwd(), options.distDir) || '.';

  app.use('*', requestLog(log));
  // The address tablets are paired with may be another than the one this page was opened at.
  const pairedWith = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  app.use('*', securityHeaders({ connectTo: pairedWith ? [pairedWith] : [] }));
  app.use(
    '/api/*',
    cors({
      // The server's own origin needs no listing: its page and its API are one site.
      origin: (origin, c) =>
        origins.includes(origin) || origin === new URL(c.req.url).origin ? origin : null,
      allowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      exposeHeaders: ['Content-Disposition', 'Retry-After'],
      maxAge: 600,
    }),
  );
  // Visit data must never sit in a browser's or a proxy's cache. Set on the response in place:
  // c.header() would rebuild it (see middleware/cors.ts).
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.route(
    API_PREFIX,
    createApi({
      store: options.store,
      ...(options.writes ? { writes: options.writes } : {}),
      tokens: options.tokens,
      now: options.now ?? (() => new Date()),
      rateLimitPerMinute: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      pairingTriesPerHour: options.pairingTriesPerHour ?? DEFAULT_PAIRING_TRIES_PER_HOUR,
      maxVisitAgeDays: options.maxVisitAgeDays ?? DEFAULT_MAX_VISIT_AGE_DAYS,
      publicUrl: options.publicUrl,
      trustedProxies: options.trustedProxies ?? [],
    }),
  );
  app.all('/api/*', (c) =>
    errorResponse(c, 404, 'not_found', 'There is no such address in the Velkommen API.'),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error.status, error.code, error.message);
    if (error instanceof HTTPException && error.status < 500) {
      const code = CODE_FOR_STATUS[error.status] ?? 'invalid_body';
      return errorResponse(c, error.status, code, error.message || 'The request was refused.');
    }
    log(`Error: ${error.stack ?? error.message}`);
    return errorResponse(
      c,
      500,
      'internal_error',
      'Something went wrong on the server. Try again (a retry never stores a visit twice); if it keeps happening, tell whoever runs the server.',
    );
  });

  // The service worker and the pages that register it must never be served stale, or a tablet
  // could keep an old version for days.
  app.use('*', cacheHeaders());
  app.use('*', serveStatic({ root }));
  // A file of the build that is not there is a 404, never the app's page in its place: a browser
  // (or the service worker) would keep that page for a year as if it were the script it asked for.
  app.all('/assets/*', (c) => c.text('There is no such file in this version of Velkommen.', 404));
  // Any other path is a place inside the app: give it the app and let it route.
  app.get('*', serveStatic({ root, path: 'index.html' }));
  return app;
}
