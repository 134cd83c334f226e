// The centre-wide figures of one day from the endpoint (GET /api/v1/summary), for the staff view to
// set beside the tablet's own. Read with the tablet's stored endpoint and kiosk token. It never
// throws: offline is the normal state of a kiosk, so every way the request can fail becomes a
// reason the view puts calmly into words, and the tablet's own figures stay on screen.
import { z } from 'zod/mini';
import { getSyncSettings } from '../data/syncSettings';
import { defaultEndpoint } from './pairing';

export const SUMMARY_TIMEOUT_MS = 10_000;

const count = z.number().check(z.int(), z.nonnegative());
const keyCount = z.object({ key: z.nullable(z.string()), visits: count });

const ServerSummarySchema = z.object({
  date: z.string(),
  visits: count,
  adults: count,
  children: count,
  volunteers: count,
  byHour: z.array(z.object({ hour: count, visits: count })),
  byCountry: z.array(keyCount),
  byMunicipality: z.array(keyCount),
  devices: z.array(z.object({ deviceId: z.string(), visits: count, lastSeenAt: z.string() })),
});

/** The body of GET /api/v1/summary as API.md describes it. */
export type ServerSummary = z.output<typeof ServerSummarySchema>;

export type SummaryProblem =
  'not-paired' | 'network' | 'timeout' | 'unauthorized' | 'server' | 'bad-response';

export type SummaryResult =
  { ok: true; summary: ServerSummary } | { ok: false; problem: SummaryProblem; message: string };

export interface SummaryOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The endpoint when none is stored: the app's own origin in the browser. */
  defaultEndpoint?: () => string | null;
}

export function summaryUrl(endpoint: string, date: string): string {
  return `${endpoint.replace(/\/+$/, '')}/api/v1/summary?date=${encodeURIComponent(date)}`;
}

function failure(problem: SummaryProblem, message: string): SummaryResult {
  return { ok: false, problem, message };
}

/**
 * The endpoint's summary of `date` (YYYY-MM-DD), or why it could not be had: not paired, no network,
 * no answer within the timeout, the token refused, a server error, or an answer that is not the API's.
 */
export async function fetchServerSummary(
  date: string,
  options: SummaryOptions = {},
): Promise<SummaryResult> {
  const settings = await getSyncSettings();
  const endpoint = settings.endpoint ?? (options.defaultEndpoint ?? defaultEndpoint)();
  if (endpoint === null || settings.token === null) {
    return failure('not-paired', 'This tablet is not paired with a server yet.');
  }
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? SUMMARY_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  if (options.signal?.aborted) controller.abort();
  try {
    const response = await doFetch(summaryUrl(endpoint, date), {
      headers: { Authorization: `Bearer ${settings.token}`, Accept: 'application/json' },
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.status === 401 || response.status === 403) {
      return failure(
        'unauthorized',
        `The server did not accept this tablet’s token (${response.status}).`,
      );
    }
    if (!response.ok) {
      return failure(
        'server',
        `The server could not give its figures just now (${response.status}).`,
      );
    }
    const parsed = ServerSummarySchema.safeParse(await response.json());
    if (!parsed.success || parsed.data.date !== date) {
      return failure('bad-response', 'The server answered, but not as the Velkommen API does.');
    }
    return { ok: true, summary: parsed.data };
  } catch (error) {
    if (timedOut) return failure('timeout', 'The server did not answer in time.');
    if (error instanceof SyntaxError) {
      return failure('bad-response', 'The server answered, but not as the Velkommen API does.');
    }
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return failure('network', `The server could not be reached${detail}.`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
