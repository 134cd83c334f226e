// How long the outbox waits before trying again after a failed attempt: exponential backoff with
// full jitter (a random wait between zero and the exponential ceiling), so that many tablets coming
// back after an outage do not all knock at the same moment. Pure, with the random source passed in.

export interface BackoffOptions {
  /** The ceiling of the first wait. */
  baseMs: number;
  /** No wait is longer than this. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, capMs: 5 * 60_000 };

/** A Retry-After longer than this is taken as this: a wrong header must not silence a tablet for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * The wait after the `failures`-th failure in a row (1 for the first): a random time from 0 up to
 * min(cap, base * 2^(failures - 1)).
 */
export function backoffDelay(
  failures: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.floor(failures) - 1);
  // 2^exponent overflows to Infinity long after it passed the cap; min() takes care of both.
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * A Retry-After header in milliseconds from `now`: either delay-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). Null when absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  if (header === null || header === undefined) return null;
  const text = header.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
  const at = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(at - now, 0), MAX_RETRY_AFTER_MS);
}

/**
 * The wait before the next attempt: the jittered backoff, but never sooner than the server asked
 * with Retry-After.
 */
export function retryDelay(
  failures: number,
  retryAfterMs: number | null,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const backoff = backoffDelay(failures, options, random);
  return retryAfterMs === null ? backoff : Math.max(backoff, retryAfterMs);
}
