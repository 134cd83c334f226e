// POST /api/v1/visits (kiosk or coordinator): store a batch. GET /api/v1/visits (coordinator):
// the visit log of a date range as JSON or CSV.
import type { Hono } from 'hono';
import { ROUTES } from '../../shared/api/routes';
import type { BatchAnswer, VisitList } from '../../shared/api/visits';
import { arrivedVisitLogCsv } from '../../shared/reports/visitLog';
import { csvResponse, serverClock } from '../http/responses';
import type { ApiEnv } from '../http/context';
import { parseBody, takeBody } from '../middleware/jsonBody';
import type { RouteContext } from './guards';
import * as q from './query';
import { batchOf, storeBatch } from './visitsBatch';

export function visitRoutes(
  api: Hono<ApiEnv>,
  { store, writes, now, guards, maxVisitAgeDays }: RouteContext,
): void {
  // The batch is written whole, with the requests that came in beside it, and has committed
  // durably before the answer goes. Not an async function, so that nothing of the body waits
  // with the write (see storeBatch). The answer carries the server's clock as it is sent, after
  // the commit, for the tablet to set its own beside.
  //
  // A tablet with its own key is the device its key was made for, whatever its batch says. Only
  // visits from tablets are held to the oldest date: a coordinator loading a tablet's file of
  // unsent visits may load visits of any age.
  api.post(ROUTES.visits, guards.anyToken, guards.rateLimit, guards.json, (c) => {
    const batch = batchOf(parseBody(takeBody(c)));
    const device = c.get('device')?.id ?? batch.device;
    const received = now();
    const age =
      c.get('role') === 'kiosk'
        ? { maxDays: maxVisitAgeDays, heldAmong: (ids: readonly string[]) => store.heldAmong(ids) }
        : null;
    return storeBatch(batch.visits, received, writes, device, age, store.timeZone).then((answer) =>
      c.json<BatchAnswer>({ ...answer, ...serverClock(store, now) }),
    );
  });

  api.get(ROUTES.visits, guards.coordinatorToken, guards.rateLimit, async (c) => {
    const query = c.req.query();
    const { from, to } = q.dateRange(query);
    const format = q.format(query);
    const lang = q.lang(query);
    // Asked for in a language, the header is in it too; without one, the API's column names.
    const header = query.lang === undefined ? 'columns' : 'named';
    const csv = q.csvOptions(query);
    const visits = await store.visitLogBetween(from, to, { includeVoided: q.includeVoided(query) });
    if (format === 'csv') {
      return csvResponse(
        c,
        arrivedVisitLogCsv(visits, lang, { ...csv, header, timeZone: store.timeZone }),
        `velkommen-visits-${from}-${to}.csv`,
      );
    }
    return c.json<VisitList>({ visits });
  });
}
