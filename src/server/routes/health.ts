import type { Hono } from 'hono';
import type { ApiEnv } from '../http';
import { PACKAGE_VERSION } from '../version';

/** GET /api/v1/health: no token; tells a tablet (or a monitor) the server is up. */
export function healthRoutes(api: Hono<ApiEnv>): void {
  api.get('/health', (c) => c.json({ status: 'ok', version: PACKAGE_VERSION }));
}
