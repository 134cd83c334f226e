// One POST /api/v1/visits and what its answer means for the outbox. Every way a request can end is
// sorted into a few outcomes the loop acts on: answered (mark), refused as a whole (split the batch),
// token refused (pause), or worth another try later (backoff). Nothing here touches storage.
import type { Visit } from '../../shared/visit';
import type { Rejection, SyncAnswer } from '../data/outbox';
import { parseRetryAfter } from './backoff';

export const DEFAULT_TIMEOUT_MS = 20_000;

/** Why an attempt failed, for the staff view to put into words. */
export type ProblemCode =
  | 'network'
  | 'timeout'
  | 'server'
  | 'rate-limited'
  | 'bad-response'
  | 'refused'
  | 'unauthorized'
  | 'forbidden'
  | 'not-paired'
  | 'storage';

export type PostOutcome =
  | { kind: 'answered'; answer: SyncAnswer }
  /** 400 or 413: something in what was sent; a smaller batch may pass. */
  | { kind: 'bad-batch'; status: number; message: string }
  /** 401 or 403: the tablet's token; no retry helps until it is paired again. */
  | { kind: 'unauthorized'; status: number; code: ProblemCode; message: string }
  | { kind: 'retry'; code: ProblemCode; message: string; retryAfterMs: number | null }
  /** The loop was stopped while the request was out; nothing may be concluded. */
  | { kind: 'stopped' };

export interface PostRequest {
  endpoint: string;
  token: string;
  visits: readonly Visit[];
  timeoutMs?: number;
  /** Aborts the request when the loop stops. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
  now?: () => number;
}

export function visitsUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/api/v1/visits`;
}

function isRejection(value: unknown): value is Rejection {
  if (typeof value !== 'object' || value === null) return false;
  const id: unknown = Reflect.get(value, 'id');
  const reason: unknown = Reflect.get(value, 'reason');
  return (id === null || typeof id === 'string') && typeof reason === 'string';
}

/** The answer of API.md, or null when the body is anything else. */
export function parseAnswer(body: unknown): SyncAnswer | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const stored: unknown = Reflect.get(body, 'stored');
  const rejected: unknown = Reflect.get(body, 'rejected');
  if (!Array.isArray(stored) || !stored.every((id) => typeof id === 'string')) return null;
  if (!Array.isArray(rejected) || !rejected.every(isRejection)) return null;
  return { stored: stored as string[], rejected: rejected as Rejection[] };
}

// The API's error sentence when there is one; a proxy's HTML page is not worth showing.
async function errorSentence(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    const error: unknown =
      typeof body === 'object' && body !== null ? Reflect.get(body, 'error') : undefined;
    return typeof error === 'string' && error.trim() !== '' ? error.trim().slice(0, 500) : null;
  } catch {
    return null;
  }
}

async function judge(response: Response, now: number): Promise<PostOutcome> {
  const { status } = response;
  if (status === 200) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const answer = parseAnswer(body);
    if (answer !== null) return { kind: 'answered', answer };
    return {
      kind: 'retry',
      code: 'bad-response',
      message:
        'The server answered, but not as the Velkommen sync API does; check the sync address.',
      retryAfterMs: null,
    };
  }
  const sentence = await errorSentence(response);
  const said = sentence === null ? '' : ` It said: ${sentence}`;
  if (status === 401 || status === 403) {
    return {
      kind: 'unauthorized',
      status,
      code: status === 401 ? 'unauthorized' : 'forbidden',
      message: `The server did not accept this tablet’s token (${status}); pair the tablet again.${said}`,
    };
  }
  if (status === 400 || status === 413) {
    return {
      kind: 'bad-batch',
      status,
      message: sentence ?? `The server refused the request (${status}).`,
    };
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now);
  if (status === 429) {
    return {
      kind: 'retry',
      code: 'rate-limited',
      message: `The server asked the tablet to slow down (429).${said}`,
      retryAfterMs,
    };
  }
  if (status === 408 || status >= 500) {
    return {
      kind: 'retry',
      code: 'server',
      message: `The server could not take the visits just now (${status}).${said}`,
      retryAfterMs,
    };
  }
  // 404, 405, 415 and the like: most likely a wrong address. Keep trying slowly; staff can see why.
  return {
    kind: 'retry',
    code: 'refused',
    message: `The server refused the request (${status}); check the sync address.${said}`,
    retryAfterMs,
  };
}

/**
 * Sends the visits and sorts the ending into an outcome; never throws. The timeout covers the whole
 * exchange, reading the answer included, because a half-read answer marks nothing.
 */
export async function postVisits(request: PostRequest): Promise<PostOutcome> {
  const { signal } = request;
  const doFetch = request.fetch ?? globalThis.fetch.bind(globalThis);
  const now = request.now ?? Date.now;
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
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
  try {
    const response = await abortable(
      controller.signal,
      doFetch(visitsUrl(request.endpoint), {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${request.token}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: JSON.stringify({ visits: request.visits }),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
      }),
    );
    const outcome = await abortable(controller.signal, judge(response, now()));
    // A whole answer in hand is used even if a stop or the timeout came as it arrived; anything
    // else read after an abort is an artefact of the abort.
    if (outcome.kind === 'answered') return outcome;
    if (stopped()) return { kind: 'stopped' };
    if (timedOut) return timeoutOutcome(timeoutMs);
    return outcome;
  } catch (error) {
    if (stopped()) return { kind: 'stopped' };
    if (timedOut) return timeoutOutcome(timeoutMs);
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return {
      kind: 'retry',
      code: 'network',
      message: `The server could not be reached${detail}.`,
      retryAfterMs: null,
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onStop);
  }
}

// The abort settles the attempt at once even where a fetch does not honour its signal, so neither a
// stop nor the timeout can be held up by the network.
function abortable<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function timeoutOutcome(timeoutMs: number): PostOutcome {
  return {
    kind: 'retry',
    code: 'timeout',
    message:
      timeoutMs >= 1000
        ? `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`
        : `The server did not answer within ${timeoutMs} ms.`,
    retryAfterMs: null,
  };
}
