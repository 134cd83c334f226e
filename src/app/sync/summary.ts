// The centre-wide figures of one day from the endpoint (GET /api/v1/summary), for the staff view to
// set beside the tablet's own. Read with the tablet's stored endpoint and kiosk token. It never
// throws: offline is the normal state of a kiosk, so every way the request can fail becomes a
// reason the view puts calmly into words, and the tablet's own figures stay on screen. Like every
// answer, it sets the server's clock beside the tablet's and gives the centre's zone, kept when the
// tablet can keep them.
import { ROUTES } from '../../shared/api/routes';
import type { DaySummary } from '../../shared/api/summary';
import { SummarySchema } from '../../shared/api/summary';
import {
  adoptCentreTimeZone,
  getSyncSettings,
  markKeyRevoked,
  recordClockCheck,
} from '../data/syncSettings';
import { apiJson } from '../http/apiRequest';
import { serverNews } from './clock';
import { defaultEndpoint } from './pairing';

const SUMMARY_TIMEOUT_MS = 10_000;

export type SummaryProblem =
  'not-paired' | 'revoked' | 'network' | 'timeout' | 'unauthorized' | 'server' | 'bad-response';

export type SummaryResult =
  { ok: true; summary: DaySummary } | { ok: false; problem: SummaryProblem; message: string };

export interface SummaryOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The endpoint when none is stored: the app's own origin in the browser. */
  defaultEndpoint?: () => string | null;
}

function failure(problem: SummaryProblem, message: string): SummaryResult {
  return { ok: false, problem, message };
}

const NOT_THE_API = 'The server answered, but not as the Velkommen API does.';

/**
 * The endpoint's summary of `date` (YYYY-MM-DD), of the server's own today when left out, or why it
 * could not be had: not paired, no network, no answer within the timeout, the token refused, a
 * server error, or an answer that is not the API's.
 */
export async function fetchServerSummary(
  date?: string,
  options: SummaryOptions = {},
): Promise<SummaryResult> {
  const settings = await getSyncSettings();
  const endpoint = settings.endpoint ?? (options.defaultEndpoint ?? defaultEndpoint)();
  if (endpoint === null || settings.token === null) {
    return failure('not-paired', 'This tablet is not paired with a server yet.');
  }
  if (settings.revokedAt !== null) {
    return failure('revoked', 'This tablet’s key was withdrawn; pair it again.');
  }
  const exchange = await apiJson(
    { endpoint, token: settings.token },
    {
      route: ROUTES.summary,
      query: date === undefined ? {} : { date },
      timeoutMs: options.timeoutMs ?? SUMMARY_TIMEOUT_MS,
      signal: options.signal,
      fetch: options.fetch,
    },
  );
  switch (exchange.kind) {
    case 'ok': {
      const parsed = SummarySchema.safeParse(exchange.body);
      if (!parsed.success || (date !== undefined && parsed.data.date !== date)) {
        return failure('bad-response', NOT_THE_API);
      }
      const news = serverNews(parsed.data, exchange.timing);
      if (news.clock !== null) await recordClockCheck(news.clock).catch(() => undefined);
      if (news.timeZone !== null) {
        await adoptCentreTimeZone(news.timeZone).catch(() => undefined);
      }
      return { ok: true, summary: parsed.data };
    }
    case 'unreadable':
      return failure('bad-response', NOT_THE_API);
    case 'refused':
      if (exchange.status === 401 && exchange.code === 'token_revoked') {
        // Noted here too, so the staff view says so even before the loop's next pass.
        await markKeyRevoked(settings.token, Date.now()).catch(() => undefined);
        return failure('revoked', 'This tablet’s key was withdrawn; pair it again.');
      }
      return exchange.status === 401 || exchange.status === 403
        ? failure(
            'unauthorized',
            `The server did not accept this tablet’s token (${exchange.status}).`,
          )
        : failure('server', `The server could not give its figures just now (${exchange.status}).`);
    case 'timeout':
      return failure('timeout', 'The server did not answer in time.');
    case 'network':
      return failure(
        'network',
        `The server could not be reached${exchange.message ? ` (${exchange.message})` : ''}.`,
      );
    case 'stopped':
      // Whoever stopped it has gone on to something else and reads no answer.
      return failure('network', 'The request was stopped.');
  }
}
