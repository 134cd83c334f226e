// GET /api/v1/health for what it tells of the server's clock and the centre's zone: asked when no
// other answer brought them for a while, so a tablet with nothing to send still learns the centre's
// zone and notices its clock going wrong before the next check-in is stamped. It never throws; null
// when it could not be had, which the delivery that follows reports in its own words.
import { HealthSchema } from '../../shared/api/health';
import { ROUTES } from '../../shared/api/routes';
import type { ApiConnection } from '../http/apiRequest';
import { apiJson } from '../http/apiRequest';
import type { ServerNews } from './clock';
import { serverNews } from './clock';

export interface HealthRequest {
  timeoutMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  now?: () => number;
}

export async function askServerNews(
  connection: ApiConnection,
  request: HealthRequest = {},
): Promise<ServerNews | null> {
  const exchange = await apiJson(connection, { route: ROUTES.health, ...request });
  if (exchange.kind !== 'ok') return null;
  const health = HealthSchema.safeParse(exchange.body);
  return health.success ? serverNews(health.data, exchange.timing) : null;
}
