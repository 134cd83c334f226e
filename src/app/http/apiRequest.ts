// The one way the browser talks to the sync API, for the tablet's sync and the coordinator page
// alike: the address built from the endpoint and route, the bearer token, a time-out over the whole
// exchange (reading the answer included, because a half-read answer is worth nothing), the
// server's own sentence when it refuses, and when the exchange began and ended by the tablet's
// clock, for setting the server's clock beside it. It never throws: every ending is an outcome the
// caller puts into its own words. Only this file calls fetch.
import { ErrorBodySchema, errorSentence } from '../../shared/api/errors';
import type { ApiRoute, CentrePath, DeviceRevokePath, QueryParams } from '../../shared/api/routes';
import { apiUrl } from '../../shared/api/routes';

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface ApiConnection {
  /** The server's base address; the API is under `${endpoint}/api/v1`. */
  endpoint: string;
  /** Sent as the bearer token; null for the one route that takes none (pairing by code). */
  token: string | null;
}

export interface ApiRequest {
  route: ApiRoute | DeviceRevokePath | CentrePath;
  method?: 'GET' | 'POST' | 'PATCH';
  query?: QueryParams;
  /** Sent as the JSON body. */
  json?: unknown;
  timeoutMs?: number;
  /** Stops the request (the loop stopping, the page going away). */
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** The tablet's clock (epoch milliseconds); Date.now unless given. */
  now?: () => number;
}

/** When an exchange was sent and its answer read, by the tablet's clock (epoch milliseconds). */
export interface Timing {
  sentAt: number;
  answeredAt: number;
}

export type ApiExchange<T> =
  /** A 2xx answer whose body was read. */
  | { kind: 'ok'; status: number; body: T; timing: Timing }
  /** A 2xx answer whose body could not be read as asked (not JSON, cut short). */
  | { kind: 'unreadable'; status: number }
  /**
   * Any other status, with the API's sentence when the body was an error's, and its code only when
   * the body was the API's own error body: anything else (a proxy's page) is not the server's word.
   */
  | {
      kind: 'refused';
      status: number;
      sentence: string | null;
      code: string | null;
      retryAfter: string | null;
    }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; timeoutMs: number }
  /** Stopped through `signal`: nothing may be concluded. */
  | { kind: 'stopped' };

/** The request with its 2xx body parsed as JSON (unknown until a schema says otherwise). */
export function apiJson(
  connection: ApiConnection,
  request: ApiRequest,
): Promise<ApiExchange<unknown>> {
  return exchange(connection, request, (response) => response.json() as Promise<unknown>);
}

/** The request with its 2xx body as a file (a CSV or JSON download). */
export function apiBlob(
  connection: ApiConnection,
  request: ApiRequest,
): Promise<ApiExchange<Blob>> {
  return exchange(connection, request, (response) => response.blob());
}

async function exchange<T>(
  connection: ApiConnection,
  request: ApiRequest,
  readBody: (response: Response) => Promise<T>,
): Promise<ApiExchange<T>> {
  const { signal } = request;
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = request.fetch ?? globalThis.fetch.bind(globalThis);
  const now = request.now ?? Date.now;
  const stopped = () => signal?.aborted === true;
  if (stopped()) return { kind: 'stopped' };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onStop = () => controller.abort();
  signal?.addEventListener('abort', onStop);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (connection.token !== null) headers.Authorization = `Bearer ${connection.token}`;
  if (request.json !== undefined) headers['Content-Type'] = 'application/json';
  const sentAt = now();
  try {
    const response = await abortable(
      controller.signal,
      doFetch(apiUrl(connection.endpoint, request.route, request.query), {
        method: request.method ?? (request.json === undefined ? 'GET' : 'POST'),
        headers,
        ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
      }),
    );
    const outcome = await abortable(
      controller.signal,
      judge(response, readBody, () => ({ sentAt, answeredAt: now() })),
    );
    // A whole answer in hand is used even if a stop or the time-out came as it arrived; anything
    // else read after an abort is an artefact of the abort.
    if (outcome.kind === 'ok') return outcome;
    if (stopped()) return { kind: 'stopped' };
    if (timedOut) return { kind: 'timeout', timeoutMs };
    return outcome;
  } catch (error) {
    if (stopped()) return { kind: 'stopped' };
    if (timedOut) return { kind: 'timeout', timeoutMs };
    return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onStop);
  }
}

async function judge<T>(
  response: Response,
  readBody: (response: Response) => Promise<T>,
  timing: () => Timing,
): Promise<ApiExchange<T>> {
  const { status } = response;
  if (response.ok) {
    try {
      const body = await readBody(response);
      return { kind: 'ok', status, body, timing: timing() };
    } catch (error) {
      if (isAbort(error)) throw error;
      return { kind: 'unreadable', status };
    }
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch (error) {
    if (isAbort(error)) throw error;
  }
  const apiError = ErrorBodySchema.safeParse(body);
  return {
    kind: 'refused',
    status,
    sentence: errorSentence(body),
    code: apiError.success ? apiError.data.code : null,
    retryAfter: response.headers.get('Retry-After'),
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

// The abort settles the attempt at once even where a fetch does not honour its signal, so neither a
// stop nor the time-out can be held up by the network.
function abortable<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
