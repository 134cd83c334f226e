// The coordinator page's calls to the sync API (API.md), with the coordinator token in the
// Authorization header. Every failure becomes an ApiProblem with a kind the page can put into
// words and, when the server gave one, the server's own sentence.
import type { Period } from '../../../shared/periods';
import type { Report, ReportLang, ReportTable } from '../../../shared/report';
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

export interface Rejection {
  id: string | null;
  reason: string;
}

export interface BatchAnswer {
  stored: string[];
  rejected: Rejection[];
}

type Query = Record<string, string | undefined>;

export function apiUrl(endpoint: string, path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.set(name, value);
  }
  const search = params.toString();
  return `${endpoint.replace(/\/+$/, '')}/api/v1${path}${search ? `?${search}` : ''}`;
}

async function serverSentence(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    const error: unknown =
      typeof body === 'object' && body !== null ? Reflect.get(body, 'error') : undefined;
    return typeof error === 'string' && error.trim() !== '' ? error.trim() : null;
  } catch {
    return null;
  }
}

async function request(
  connection: Connection,
  path: string,
  init: RequestInit & { query?: Query } = {},
  doFetch: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<Response> {
  const { query, headers, ...rest } = init;
  let response: Response;
  try {
    response = await doFetch(apiUrl(connection.endpoint, path, query), {
      ...rest,
      headers: { Authorization: `Bearer ${connection.token}`, ...headers },
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (error) {
    throw new ApiProblem('network', error instanceof Error ? error.message : String(error));
  }
  if (response.ok) return response;
  const sentence = (await serverSentence(response)) ?? `HTTP ${response.status}`;
  const kind: ProblemKind =
    response.status === 401 ? 'unauthorized' : response.status === 403 ? 'forbidden' : 'refused';
  throw new ApiProblem(kind, sentence, response.status);
}

function isReport(value: unknown): value is Report {
  if (typeof value !== 'object' || value === null) return false;
  const rows: unknown = Reflect.get(value, 'rows');
  const totals: unknown = Reflect.get(value, 'totals');
  return (
    Array.isArray(rows) &&
    rows.every(
      (row: unknown) =>
        typeof row === 'object' &&
        row !== null &&
        typeof Reflect.get(row, 'name') === 'string' &&
        typeof Reflect.get(row, 'adults') === 'number' &&
        typeof Reflect.get(row, 'children') === 'number',
    ) &&
    typeof totals === 'object' &&
    totals !== null &&
    typeof Reflect.get(totals, 'visits') === 'number'
  );
}

export interface ReportQuery extends Period {
  table: ReportTable;
  lang: ReportLang;
  /** Countries to list first; every other one is summed as "other". */
  countries?: readonly string[];
}

function reportParams(query: ReportQuery): Query {
  return {
    from: query.from,
    to: query.to,
    table: query.table,
    lang: query.lang,
    countries:
      query.table === 'countries' && query.countries && query.countries.length > 0
        ? query.countries.join(',')
        : undefined,
  };
}

export async function getReport(
  connection: Connection,
  query: ReportQuery,
  doFetch?: typeof fetch,
): Promise<Report> {
  const response = await request(connection, '/report', { query: reportParams(query) }, doFetch);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!isReport(body)) {
    throw new ApiProblem('bad-response', 'The answer was not a Velkommen report.');
  }
  return body;
}

/** A file from the server exactly as it sent it (a CSV keeps its byte order mark). */
export async function getReportFile(
  connection: Connection,
  query: ReportQuery,
  format: 'csv' | 'json',
  doFetch?: typeof fetch,
): Promise<Blob> {
  const params = { ...reportParams(query), format };
  return (await request(connection, '/report', { query: params }, doFetch)).blob();
}

export async function getVisitLogFile(
  connection: Connection,
  query: Period & { lang: ReportLang; includeVoided: boolean },
  format: 'csv' | 'json',
  doFetch?: typeof fetch,
): Promise<Blob> {
  const params = {
    from: query.from,
    to: query.to,
    format,
    lang: query.lang,
    includeVoided: query.includeVoided ? 'true' : undefined,
  };
  return (await request(connection, '/visits', { query: params }, doFetch)).blob();
}

function isBatchAnswer(value: unknown): value is BatchAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const stored: unknown = Reflect.get(value, 'stored');
  const rejected: unknown = Reflect.get(value, 'rejected');
  return (
    Array.isArray(stored) &&
    stored.every((id) => typeof id === 'string') &&
    Array.isArray(rejected) &&
    rejected.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        typeof Reflect.get(r, 'reason') === 'string' &&
        (Reflect.get(r, 'id') === null || typeof Reflect.get(r, 'id') === 'string'),
    )
  );
}

/** POST /api/v1/visits with up to 1000 visits; the server judges each one. */
export async function postVisits(
  connection: Connection,
  visits: readonly unknown[],
  doFetch?: typeof fetch,
): Promise<BatchAnswer> {
  const response = await request(
    connection,
    '/visits',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ visits }),
    },
    doFetch,
  );
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!isBatchAnswer(body)) {
    throw new ApiProblem('bad-response', 'The answer was not the Velkommen sync API’s.');
  }
  return body;
}
