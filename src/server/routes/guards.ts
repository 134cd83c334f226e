import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/context';
import type { GroupCommit } from '../store/groupCommit';
import type { VisitStore } from '../store/VisitStore';
import type { Keys } from '../middleware/auth';

/** The middleware a route puts in front of its handler, made once per app. */
export interface Guards {
  /** Kiosk or coordinator token. */
  anyToken: MiddlewareHandler<ApiEnv>;
  coordinatorToken: MiddlewareHandler<ApiEnv>;
  /** Per device (or shared token and address), so after the token check. */
  rateLimit: MiddlewareHandler<ApiEnv>;
  /** Tries to pair, per client address. */
  pairingRateLimit: MiddlewareHandler<ApiEnv>;
  /** Size limit, media type, parse. */
  json: MiddlewareHandler<ApiEnv>;
}

export interface RouteContext {
  store: VisitStore;
  /** Where POST /visits writes, so that requests arriving together share one commit. */
  writes: GroupCommit;
  now: () => Date;
  guards: Guards;
  keys: Keys;
  /** A visit a tablet sends dated more days than this before its arrival is refused. */
  maxVisitAgeDays: number;
  /** VELKOMMEN_PUBLIC_URL, for pairing links; else the address the coordinator asked at. */
  publicUrl: string | undefined;
}
