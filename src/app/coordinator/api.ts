// The coordinator page's calls to the sync API (API.md), with the coordinator token. Every failure
// becomes an ApiProblem with a kind the page can put into words and, when the server gave one, the
// server's own sentence. Answers are checked against the API's schemas before the page sees them.
import type { ApiExchange } from '../http/apiRequest';
import { apiBlob, apiJson } from '../http/apiRequest';
import type { Format, Report, ReportLang, ReportTable } from '../../shared/api/report';
import { ReportSchema } from '../../shared/api/report';
import type { QueryParams } from '../../shared/api/routes';
import { ROUTES } from '../../shared/api/routes';
import type { BatchAnswer, VisitList } from '../../shared/api/visits';
import { BatchAnswerSchema, VisitListSchema } from '../../shared/api/visits';
import type { Period } from '../../shared/periods';
import type { Connection } from './credentials';

export type ProblemKind = 'unauthorized' | 'forbidden' | 'network' | 'refused' | 'bad-response';

export class ApiProblem extends Error {
  override name = 'ApiProblem';
  constructor(
    readonly kind: ProblemKind,
    /** The server's sentence, or what went wrong on the way. */
    readonly detail: string,
    readonly status: number | null = null,
  ) {
    super(detail);
  }
}

// A file may be a year's visit log: it gets longer than the helper's default for a JSON answer.
const FILE_TIMEOUT_MS = 120_000;

const NOT_A_REPORT = 'The answer was not a Velkommen report.';
const NOT_THE_API = 'The answer was not the Velkommen sync API’s.';

/** The exchange's body, or the ApiProblem that says why there is none. */
export function bodyOf<T>(exchange: ApiExchange<T>, unreadable: string): T {
  switch (exchange.kind) {
    case 'ok':
      return exchange.body;
    case 'unreadable':
      throw new ApiProblem('bad-response', unreadable, exchange.status);
    case 'refused': {
      const { status } = exchange;
      const kind: ProblemKind =
        status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : 'refused';
      throw new ApiProblem(kind, exchange.sentence ?? `HTTP ${status}`, status);
    }
    case 'network':
      throw new ApiProblem('network', exchange.message);
    case 'timeout':
      throw new ApiProblem('network', `No answer within ${exchange.timeoutMs / 1000} seconds.`);
    case 'stopped':
      throw new ApiProblem('network', 'The request was stopped.');
  }
}

export interface ReportQuery extends Period {
  table: ReportTable;
  lang: ReportLang;
  /** Countries to list first; every other one is summed as "other". */
  countries?: readonly string[];
  /** One centre's id; left out for every centre the token may see (the municipality: all). */
  centre?: string | null;
}

/** The query parameter that narrows an answer to one centre; none for every centre. */
export function centreParam(centre: string | null | undefined): string | undefined {
  return centre ?? undefined;
}

function reportParams(query: ReportQuery): QueryParams {
  return {
    from: query.from,
    to: query.to,
    table: query.table,
    lang: query.lang,
    countries:
      query.table === 'countries' && query.countries && query.countries.length > 0
        ? query.countries.join(',')
        : undefined,
    centre: centreParam(query.centre),
  };
}

export async function getReport(
  connection: Connection,
  query: ReportQuery,
  doFetch?: typeof fetch,
): Promise<Report> {
  const exchange = await apiJson(connection, {
    route: ROUTES.report,
    query: reportParams(query),
    fetch: doFetch,
  });
  const parsed = ReportSchema.safeParse(bodyOf(exchange, NOT_A_REPORT));
  if (!parsed.success) throw new ApiProblem('bad-response', NOT_A_REPORT);
  return parsed.data;
}

/** A file from the server exactly as it sent it (a CSV keeps its byte order mark). */
export async function getReportFile(
  connection: Connection,
  query: ReportQuery,
  format: Format,
  doFetch?: typeof fetch,
): Promise<Blob> {
  const exchange = await apiBlob(connection, {
    route: ROUTES.report,
    query: { ...reportParams(query), format },
    timeoutMs: FILE_TIMEOUT_MS,
    fetch: doFetch,
  });
  return bodyOf(exchange, NOT_THE_API);
}

export async function getVisitLogFile(
  connection: Connection,
  query: Period & { lang: ReportLang; includeVoided: boolean; centre?: string | null },
  format: Format,
  doFetch?: typeof fetch,
): Promise<Blob> {
  const exchange = await apiBlob(connection, {
    route: ROUTES.visits,
    query: {
      from: query.from,
      to: query.to,
      format,
      lang: query.lang,
      includeVoided: query.includeVoided ? 'true' : undefined,
      centre: centreParam(query.centre),
    },
    timeoutMs: FILE_TIMEOUT_MS,
    fetch: doFetch,
  });
  return bodyOf(exchange, NOT_THE_API);
}

/** The visit log of a period from every tablet (of one centre), as JSON (voided visits left out). */
export async function getVisitList(
  connection: Connection,
  period: Period & { centre?: string | null },
  doFetch?: typeof fetch,
): Promise<VisitList> {
  const exchange = await apiJson(connection, {
    route: ROUTES.visits,
    query: { from: period.from, to: period.to, format: 'json', centre: centreParam(period.centre) },
    timeoutMs: FILE_TIMEOUT_MS,
    fetch: doFetch,
  });
  const parsed = VisitListSchema.safeParse(bodyOf(exchange, NOT_THE_API));
  if (!parsed.success) throw new ApiProblem('bad-response', NOT_THE_API);
  return parsed.data;
}

/** POST /api/v1/visits with up to MAX_VISITS_PER_REQUEST visits; the server judges each one. */
export async function postVisits(
  connection: Connection,
  visits: readonly unknown[],
  doFetch?: typeof fetch,
): Promise<BatchAnswer> {
  const exchange = await apiJson(connection, {
    route: ROUTES.visits,
    method: 'POST',
    json: { visits },
    fetch: doFetch,
  });
  const parsed = BatchAnswerSchema.safeParse(bodyOf(exchange, NOT_THE_API));
  if (!parsed.success) throw new ApiProblem('bad-response', NOT_THE_API);
  return parsed.data;
}

/**
 * GET /report with `scope` added to the query as it is (e.g. the centre a report is for), so a
 * view that asks for several reports keeps them all to the same scope.
 */
export async function getReportIn(
  connection: Connection,
  query: ReportQuery,
  scope: QueryParams = {},
  doFetch?: typeof fetch,
): Promise<Report> {
  const exchange = await apiJson(connection, {
    route: ROUTES.report,
    query: { ...reportParams(query), ...scope },
    fetch: doFetch,
  });
  const parsed = ReportSchema.safeParse(bodyOf(exchange, NOT_A_REPORT));
  if (!parsed.success) throw new ApiProblem('bad-response', NOT_A_REPORT);
  return parsed.data;
}

/** The grant report's totals for each period, in the order asked (one request a period). */
export function getPeriodTotals(
  connection: Connection,
  periods: readonly Period[],
  scope: QueryParams = {},
  doFetch?: typeof fetch,
): Promise<Report['totals'][]> {
  // The municipalities table has the fewer rows; its totals are the same as the countries table's.
  const query = { table: 'municipalities', lang: 'da' } as const;
  return Promise.all(
    periods.map(async (period) => {
      const report = await getReportIn(connection, { ...period, ...query }, scope, doFetch);
      return report.totals;
    }),
  );
}
