// GET /api/v1/report (coordinator): the grant-report table of a date range, counted in the store
// and laid out by the shared buildReport, so the tablet's own report comes out the same.
import type { Hono } from 'hono';
import type { Report } from '../../shared/api/report';
import { ROUTES } from '../../shared/api/routes';
import { buildReport, reportCsv } from '../../shared/reports/report';
import { csvResponse } from '../http/responses';
import type { ApiEnv } from '../http/context';
import type { RouteContext } from './guards';
import * as q from './query';
import { readScope } from './centreScope';

export function reportRoutes(api: Hono<ApiEnv>, { store, guards }: RouteContext): void {
  api.get(ROUTES.report, guards.coordinatorToken, guards.rateLimit, async (c) => {
    const query = c.req.query();
    const { from, to } = q.dateRange(query);
    const table = q.table(query);
    const countries = q.countries(query, table);
    const format = q.format(query);
    const lang = q.lang(query);
    const csv = q.csvOptions(query);
    const scope = await readScope(c, store, query.centre);
    const { counts, volunteers } = await store.countsBetween(
      from,
      to,
      table,
      scope.centres ? { centres: scope.centres } : {},
    );
    const report = buildReport({
      from,
      to,
      table,
      counts,
      volunteers,
      lang,
      ...(countries ? { countries } : {}),
    });
    if (format === 'csv') {
      return csvResponse(
        c,
        reportCsv(report, lang, csv),
        `velkommen-report-${table}-${from}-${to}.csv`,
      );
    }
    return c.json<Report>(report);
  });
}
