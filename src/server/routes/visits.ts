// POST /api/v1/visits (kiosk or coordinator): store a batch. GET /api/v1/visits (coordinator):
// the visit log of a date range as JSON or CSV.
import type { Hono } from 'hono';
import { visitLogCsv } from '../../shared/visitLog';
import { batchAnswer, judgeVisits, visitsOf } from '../batch';
import { csvResponse, type ApiEnv } from '../http';
import type { RouteContext } from './guards';
import * as q from './query';

export function visitRoutes(api: Hono<ApiEnv>, { store, writes, now, guards }: RouteContext): void {
  api.post('/visits', guards.anyToken, guards.rateLimit, guards.json, async (c) => {
    const received = now();
    const judged = judgeVisits(visitsOf(c.get('body')), received);
    // The batch is written whole, with the requests that came in beside it, and has committed
    // durably when this resolves.
    const put = await writes.put(
      judged.accepted.map((a) => a.visit),
      received,
    );
    return c.json(batchAnswer(judged, put));
  });

  api.get('/visits', guards.coordinatorToken, guards.rateLimit, (c) => {
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
    return c.json({ visits });
  });
}
