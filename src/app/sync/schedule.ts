// When the sync loop makes its next pass: one timer, the earliest wake-up wins, never sooner than
// the backoff allows after failures, and never two passes at once (a wake-up asked for while a pass
// runs is kept until it ends). Pure logic: the clock and its timers are passed in, so a test can run
// it on a fake clock.
import type { BackoffOptions } from './backoff';
import { retryDelay } from './backoff';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Calls `run` after `ms`; returns the function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

/** The page's own clock and timers; `now` may be given (the tests' fixed clocks). */
export function systemClock(now: () => number = Date.now): Clock {
  return {
    now,
    after(ms, run) {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
  };
}

export interface SchedulerOptions {
  clock: Clock;
  backoff: BackoffOptions;
  random: () => number;
  /** One pass of the loop; it settles before the next one is started. */
  pass: () => Promise<void>;
  /** Told when the next pass is planned for, and null as a pass begins. */
  planned: (at: number | null) => void;
}

export interface Scheduler {
  /** A pass at `time` (epoch milliseconds), unless one is planned sooner already. */
  at(time: number): void;
  /** A pass after `delayMs`, but not before the backoff allows. */
  wakeIn(delayMs: number): void;
  /** Forgets the failures, so the next wake-up is not held back. */
  resetBackoff(): void;
  /**
   * Counts a failed pass and holds the next ones back by the jittered backoff, or by `retryAfterMs`
   * if the server asked for longer; returns that wait.
   */
  failed(retryAfterMs: number | null): number;
  /** Holds the next passes back by `ms` without counting a failure (the token refused). */
  holdOff(ms: number): void;
  /** No more passes; resolves once the one running, if any, has ended. */
  stop(): Promise<void>;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { clock, backoff, random, pass, planned } = options;
  let stopped = false;
  let running: Promise<void> | null = null;
  let cancelTimer: (() => void) | null = null;
  let timerAt = Infinity;
  // A wake-up asked for while a pass runs; honoured when it ends.
  let wantedAt = Infinity;
  let failures = 0;
  let backoffUntil = 0;

  function at(time: number): void {
    if (stopped) return;
    if (running !== null) {
      wantedAt = Math.min(wantedAt, time);
      return;
    }
    if (cancelTimer !== null && timerAt <= time) return;
    cancelTimer?.();
    timerAt = time;
    cancelTimer = clock.after(Math.max(0, time - clock.now()), () => {
      cancelTimer = null;
      timerAt = Infinity;
      run();
    });
    planned(time);
  }

  function run(): void {
    if (stopped || running !== null) return;
    planned(null);
    running = pass().finally(() => {
      running = null;
      const wanted = wantedAt;
      wantedAt = Infinity;
      if (wanted !== Infinity) at(Math.max(wanted, backoffUntil));
    });
  }

  return {
    at,
    wakeIn: (delayMs) => at(Math.max(clock.now() + delayMs, backoffUntil)),
    resetBackoff() {
      failures = 0;
      backoffUntil = 0;
    },
    failed(retryAfterMs) {
      failures += 1;
      const delay = retryDelay(failures, retryAfterMs, backoff, random);
      backoffUntil = clock.now() + delay;
      return delay;
    },
    holdOff(ms) {
      backoffUntil = clock.now() + ms;
    },
    async stop() {
      stopped = true;
      cancelTimer?.();
      cancelTimer = null;
      await running;
    },
  };
}
