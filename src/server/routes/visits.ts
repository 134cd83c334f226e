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
import { centreColumn, centreHeader } from './visitLogCentre';
import { kioskCentre, readScope, writeScope } from './centreScope';
import type { WriteCentre } from '../store/VisitStore';

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
    // A kiosk's centre is known without the database; a coordinator's is looked up first.
    const write = (centre: WriteCentre) =>
      storeBatch(batch.visits, received, writes, device, age, centre).then((answer) =>
        c.json<BatchAnswer>({ ...answer, ...serverClock(centre, now) }),
      );
    const kiosk = kioskCentre(c, store);
    return kiosk !== null ? write(kiosk) : writeScope(c, store, c.req.query('centre')).then(write);
  });

  api.get(ROUTES.visits, guards.coordinatorToken, guards.rateLimit, async (c) => {
    const query = c.req.query();
    const { from, to } = q.dateRange(query);
    const format = q.format(query);
    const lang = q.lang(query);
    // Asked for in a language, the header is in it too; without one, the API's column names.
    const header = query.lang === undefined ? 'columns' : 'named';
    const csv = q.csvOptions(query);
    const includeVoided = q.includeVoided(query);
    const scope = await readScope(c, store, query.centre);
    const options = { includeVoided, ...(scope.centres ? { centres: scope.centres } : {}) };
    // Days are shown in the centre's zone; across centres, each visit carries its own offset.
    const timeZone = scope.centre?.timeZone ?? store.timeZone;
    const centres = scope.centre === null ? await store.centres.list() : [];
    if (centres.length > 1) {
      // Every centre of several: each visit names its centre, first.
      const visits = await store.centredLogBetween(from, to, options);
      const column = centreColumn(centres, visits);
      if (format === 'csv') {
        return csvResponse(
          c,
          column.csv(
            arrivedVisitLogCsv(visits, lang, { ...csv, header, timeZone }),
            centreHeader(header, lang),
            csv,
          ),
          `velkommen-visits-${from}-${to}.csv`,
        );
      }
      return c.json({ visits: column.json() });
    }
    const visits = await store.visitLogBetween(from, to, options);
    if (format === 'csv') {
      return csvResponse(
        c,
        arrivedVisitLogCsv(visits, lang, { ...csv, header, timeZone }),
        `velkommen-visits-${from}-${to}.csv`,
      );
    }
    return c.json<VisitList>({ visits });
  });
}
