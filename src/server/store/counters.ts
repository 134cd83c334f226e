// Request counters for the rate limits, kept where every server process sees them. A store that is
// one process's own (SQLite) has none, and the rate limiter counts in the process's memory.

export interface CounterStore {
  /**
   * Counts one more request for `key` in its window of `windowMs`, which starts at the first
   * request after the last window ended; resolves with the count and when the window ends.
   */
  increment(key: string, windowMs: number): Promise<{ totalHits: number; resetTime: Date }>;
  /** Takes back one request counted for `key`. */
  decrement(key: string): Promise<void>;
  /** Forgets `key`'s count. */
  reset(key: string): Promise<void>;
}
