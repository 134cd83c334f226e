// One POST /api/v1/visits and what its answer means for the outbox. Every way a request can end is
// sorted into a few outcomes the loop acts on: answered (mark), refused as a whole (split the batch),
// token refused (pause), or worth another try later (backoff). Only the server's own word may refuse
// visits: a 400 or 413 whose body is not the API's error body came from something in between (a
// proxy, a captive portal) and is tried again like a network fault. Nothing here touches storage.
import { ROUTES } from '../../shared/api/routes';
import type { BatchAnswer, BatchRequest } from '../../shared/api/visits';
import { BatchAnswerSchema } from '../../shared/api/visits';
import type { Visit } from '../../shared/visit';
import type { ApiConnection } from '../http/apiRequest';
import { apiJson } from '../http/apiRequest';
import { parseRetryAfter } from './backoff';
import type { ServerNews } from './clock';
import { serverNews } from './clock';

/** Why an attempt failed, for the staff view to put into words. */
export type ProblemCode =
  | 'network'
  | 'timeout'
  | 'server'
  | 'rate-limited'
  | 'bad-response'
  | 'in-between'
  | 'refused'
  | 'unauthorized'
  | 'forbidden'
  /** The coordinator withdrew this tablet's key: it waits, keeping its visits, until paired again. */
  | 'revoked'
  | 'not-paired'
  /** The pairing link's one-time code was used already, has expired or is unknown. */
  | 'pairing-code'
  | 'storage';

export type PostOutcome =
  | { kind: 'answered'; answer: BatchAnswer; news: ServerNews }
  /**
   * 400 or 413: something in what was sent; a smaller batch may pass. `serversOwn` when the body
   * was the API's error, the server's judgement; else a 413 from something in between, which a
   * smaller batch may pass but which never refuses a visit.
   */
  | { kind: 'bad-batch'; status: number; message: string; serversOwn: boolean }
  /**
   * 401 or 403: the tablet's token; no retry helps until it is paired again. Code `revoked` when the
   * server said the key was withdrawn (401 token_revoked).
   */
  | { kind: 'unauthorized'; status: number; code: ProblemCode; message: string }
  | { kind: 'retry'; code: ProblemCode; message: string; retryAfterMs: number | null }
  /** The loop was stopped while the request was out; nothing may be concluded. */
  | { kind: 'stopped' };

export interface PostRequest extends ApiConnection {
  visits: readonly Visit[];
  /** The tablet's own id for its server (syncDevice). */
  device?: string;
  timeoutMs?: number;
  /** Aborts the request when the loop stops. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
  now?: () => number;
}

function retry(
  code: ProblemCode,
  message: string,
  retryAfterMs: number | null = null,
): PostOutcome {
  return { kind: 'retry', code, message, retryAfterMs };
}

const BAD_RESPONSE =
  'The server answered, but not as the Velkommen sync API does; check the sync address.';

/** Said when the server withdrew the tablet's key. */
export const REVOKED_MESSAGE =
  'This tablet’s key was withdrawn on the coordinator page, so it must be paired again. Its visits are kept and are sent once it is.';

/** Said when a refusal did not come from the server itself: nothing is refused for it. */
export function inBetweenMessage(status: number): string {
  return `Something between the tablet and the server (a proxy or the network) refused the visits (${status}); they are kept and sent again.`;
}

function inBetween(status: number): PostOutcome {
  return retry('in-between', inBetweenMessage(status));
}

function refused(
  status: number,
  sentence: string | null,
  code: string | null,
  retryAfterMs: number | null,
): PostOutcome {
  const said = sentence === null ? '' : ` It said: ${sentence}`;
  if (status === 401 && code === 'token_revoked') {
    return { kind: 'unauthorized', status, code: 'revoked', message: REVOKED_MESSAGE };
  }
  if (status === 401 || status === 403) {
    return {
      kind: 'unauthorized',
      status,
      code: status === 401 ? 'unauthorized' : 'forbidden',
      message: `The server did not accept this tablet’s token (${status}); pair the tablet again.${said}`,
    };
  }
  if (status === 400 || status === 413) {
    const serversOwn = code !== null;
    if (!serversOwn && status === 400) return inBetween(status);
    return {
      kind: 'bad-batch',
      status,
      serversOwn,
      message: sentence ?? `The server refused the request (${status}).`,
    };
  }
  if (status === 429) {
    return retry(
      'rate-limited',
      `The server asked the tablet to slow down (429).${said}`,
      retryAfterMs,
    );
  }
  if (status === 408 || status >= 500) {
    return retry(
      'server',
      `The server could not take the visits just now (${status}).${said}`,
      retryAfterMs,
    );
  }
  // 404, 405, 415 and the like: most likely a wrong address. Keep trying slowly; staff can see why.
  return retry(
    'refused',
    `The server refused the request (${status}); check the sync address.${said}`,
    retryAfterMs,
  );
}

/** Sends the visits and sorts the ending into an outcome; never throws. */
export async function postVisits(request: PostRequest): Promise<PostOutcome> {
  const now = request.now ?? Date.now;
  const body: BatchRequest = {
    visits: [...request.visits],
    ...(request.device === undefined ? {} : { device: request.device }),
  };
  const exchange = await apiJson(request, {
    route: ROUTES.visits,
    json: body,
    timeoutMs: request.timeoutMs,
    signal: request.signal,
    fetch: request.fetch,
    now,
  });
  switch (exchange.kind) {
    case 'ok': {
      const answer = BatchAnswerSchema.safeParse(exchange.body);
      return answer.success
        ? { kind: 'answered', answer: answer.data, news: serverNews(answer.data, exchange.timing) }
        : retry('bad-response', BAD_RESPONSE);
    }
    case 'unreadable':
      return retry('bad-response', BAD_RESPONSE);
    case 'refused':
      return refused(
        exchange.status,
        exchange.sentence,
        exchange.code,
        parseRetryAfter(exchange.retryAfter, now()),
      );
    case 'network':
      return retry(
        'network',
        `The server could not be reached${exchange.message ? ` (${exchange.message})` : ''}.`,
      );
    case 'timeout':
      return retry(
        'timeout',
        exchange.timeoutMs >= 1000
          ? `The server did not answer within ${Math.round(exchange.timeoutMs / 1000)} seconds.`
          : `The server did not answer within ${exchange.timeoutMs} ms.`,
      );
    case 'stopped':
      return { kind: 'stopped' };
  }
}
