// POST /api/v1/visits (kiosk or coordinator): store a batch. GET /api/v1/visits (coordinator):
// the visit log of a date range as JSON or CSV.
import type { Hono } from 'hono';
import { ROUTES } from '../../shared/api/routes';
import type { BatchAnswer, VisitList } from '../../shared/api/visits';
import { visitLogCsv } from '../../shared/reports/visitLog';
import { csvResponse, serverClock } from '../http/responses';
import type { ApiEnv } from '../http/context';
import { parseBody, takeBody } from '../middleware/jsonBody';
import type { RouteContext } from './guards';
import * as q from './query';
import { batchOf, storeBatch } from './visitsBatch';

export function visitRoutes(api: Hono<ApiEnv>, { store, writes, now, guards }: RouteContext): void {
  // The batch is written whole, with the requests that came in beside it, and has committed
  // durably before the answer goes. Not an async function, so that nothing of the body waits
  // with the write (see storeBatch). The answer carries the server's clock as it is sent, after
  // the commit, for the tablet to set its own beside.
  api.post(ROUTES.visits, guards.anyToken, guards.rateLimit, guards.json, (c) => {
    const { visits, device } = batchOf(parseBody(takeBody(c)));
    return storeBatch(visits, now(), writes, device).then((answer) =>
      c.json<BatchAnswer>({ ...answer, ...serverClock(store, now) }),
    );
  });

  api.get(ROUTES.visits, guards.coordinatorToken, guards.rateLimit, (c) => {
    const query = c.req.query();
    const { from, to } = q.dateRange(query);
    const format = q.format(query);
    const lang = q.lang(query);
    const csv = q.csvOptions(query);
    const visits = store.visitsBetween(from, to, { includeVoided: q.includeVoided(query) });
    if (format === 'csv') {
      return csvResponse(
        c,
        visitLogCsv(visits, lang, { ...csv, timeZone: store.timeZone }),
        `velkommen-visits-${from}-${to}.csv`,
      );
    }
    return c.json<VisitList>({ visits });
  });
}
