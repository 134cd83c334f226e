import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/context';
import type { GroupCommit } from '../store/groupCommit';
import type { VisitStore } from '../store/VisitStore';

/** The middleware a route puts in front of its handler, made once per app. */
export interface Guards {
  /** Kiosk or coordinator token. */
  anyToken: MiddlewareHandler<ApiEnv>;
  coordinatorToken: MiddlewareHandler<ApiEnv>;
  /** Per token, so after the token check. */
  rateLimit: MiddlewareHandler<ApiEnv>;
  /** Size limit, media type, parse. */
  json: MiddlewareHandler<ApiEnv>;
}

export interface RouteContext {
  store: VisitStore;
  /** Where POST /visits writes, so that requests arriving together share one commit. */
  writes: GroupCommit;
  now: () => Date;
  guards: Guards;
}
