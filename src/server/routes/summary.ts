// GET /api/v1/summary (kiosk or coordinator): one day's numbers for the staff screen; aggregates
// only, never a visit row, so the kiosk token may read it.
import type { Hono } from 'hono';
import { ROUTES } from '../../shared/api/routes';
import type { DaySummary } from '../../shared/api/summary';
import { localDate } from '../../shared/time';
import type { ApiEnv } from '../http/context';
import { serverClock } from '../http/responses';
import type { RouteContext } from './guards';
import * as q from './query';
import { readScope } from './centreScope';

export function summaryRoutes(api: Hono<ApiEnv>, { store, now, guards }: RouteContext): void {
  api.get(ROUTES.summary, guards.anyToken, guards.rateLimit, async (c) => {
    const query = c.req.query();
    const scope = await readScope(c, store, query.centre);
    // The day and the zone are the centre's; across every centre, the first centre's.
    const zone = { timeZone: scope.centre?.timeZone ?? store.timeZone };
    const date = q.date(query, 'date') ?? localDate(now(), zone.timeZone);
    const summary = await store.summaryOn(date, scope.centres ? { centres: scope.centres } : {});
    return c.json<DaySummary>({ ...summary, ...serverClock(zone, now) });
  });
}
