import type { Hono } from 'hono';
import type { Health } from '../../shared/api/health';
import { ROUTES } from '../../shared/api/routes';
import type { ApiEnv } from '../http/context';
import { serverClock } from '../http/responses';
import { PACKAGE_VERSION } from '../project/version';
import type { RouteContext } from './guards';

/**
 * GET /api/v1/health: no token; tells a tablet (or a monitor) the server is up, and a tablet the
 * centre's zone and the server's clock before it has any visit to send.
 */
export function healthRoutes(api: Hono<ApiEnv>, { store, now }: RouteContext): void {
  api.get(ROUTES.health, (c) =>
    c.json<Health>({ status: 'ok', version: PACKAGE_VERSION, ...serverClock(store, now) }),
  );
}
