import type { Hono } from 'hono';
import type { Health } from '../../shared/api/health';
import { ROUTES } from '../../shared/api/routes';
import type { ApiEnv } from '../http/context';
import { PACKAGE_VERSION } from '../project/version';

/** GET /api/v1/health: no token; tells a tablet (or a monitor) the server is up. */
export function healthRoutes(api: Hono<ApiEnv>): void {
  api.get(ROUTES.health, (c) => c.json<Health>({ status: 'ok', version: PACKAGE_VERSION }));
}
