// When the loop's passes run, on a fake clock: nothing here waits for real time.
import { describe, expect, it } from 'vitest';
import type { Clock, SchedulerOptions } from './schedule';
import { createScheduler } from './schedule';

const START = 1_000_000;

function fakeClock() {
  let now = START;
  let timers: { at: number; run: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    after(ms, run) {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => {
        timers = timers.filter((other) => other !== timer);
      };
    },
  };
  return {
    clock,
    /** Moves the clock on, firing each timer that falls due, in order. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const [next] = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at);
        if (next === undefined) break;
        timers = timers.filter((timer) => timer !== next);
        now = next.at;
        next.run();
        await settled();
      }
      now = until;
    },
    get timers() {
      return timers.length;
    },
  };
}

/** Lets the promises of a pass that has ended run their course. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

function scheduler(options: Partial<SchedulerOptions> = {}) {
  const time = fakeClock();
  const passes: number[] = [];
  const planned: (number | null)[] = [];
  let hold: Promise<void> | null = null;
  const schedule = createScheduler({
    clock: time.clock,
    backoff: { baseMs: 1_000, capMs: 8_000 },
    random: () => 0.5,
    pass: () => {
      passes.push(time.clock.now() - START);
      return hold ?? Promise.resolve();
    },
    planned: (at) => planned.push(at === null ? null : at - START),
    ...options,
  });
  return {
    time,
    passes,
    planned,
    schedule,
    /** Starts a pass that runs until the returned function is called. */
    async passUnderWay() {
      const gate = deferred();
      hold = gate.promise;
      schedule.wakeIn(0);
      await time.advance(0);
      return () => {
        hold = null;
        gate.resolve();
      };
    },
  };
}

describe('createScheduler', () => {
  it('runs a pass when the earliest wake-up falls due, and says when that is', async () => {
    const { time, passes, planned, schedule } = scheduler();
    schedule.wakeIn(5_000);
    schedule.wakeIn(2_000);
    // A later wake-up does not put off the one planned.
    schedule.wakeIn(3_000);
    expect(time.timers).toBe(1);
    expect(planned).toEqual([5_000, 2_000]);

    await time.advance(1_999);
    expect(passes).toEqual([]);
    await time.advance(1);
    expect(passes).toEqual([2_000]);
    expect(planned.at(-1)).toBeNull();

    await time.advance(10_000);
    expect(passes).toEqual([2_000]);
  });

  it('never runs two passes at once, and keeps a wake-up asked for during one until it ends', async () => {
    const { time, passes, schedule, passUnderWay } = scheduler();
    const release = await passUnderWay();
    expect(passes).toEqual([0]);

    schedule.wakeIn(100);
    schedule.wakeIn(50);
    await time.advance(1_000);
    expect(passes).toEqual([0]);
    expect(time.timers).toBe(0);

    release();
    await settled();
    // Due already: it runs at once.
    await time.advance(0);
    expect(passes).toEqual([0, 1_000]);
  });

  it('holds wake-ups back after failures, longer each time, until the backoff is reset', async () => {
    const { time, passes, schedule } = scheduler();
    // Half of the ceiling each time (random 0.5): 500, then 1000, then 2000.
    expect(schedule.failed(null)).toBe(500);
    expect(schedule.failed(null)).toBe(1_000);
    expect(schedule.failed(null)).toBe(2_000);

    schedule.wakeIn(0);
    await time.advance(1_999);
    expect(passes).toEqual([]);
    await time.advance(1);
    expect(passes).toEqual([2_000]);

    schedule.resetBackoff();
    expect(schedule.failed(null)).toBe(500);
  });

  it('waits at least as long as the server asked with Retry-After', () => {
    const { schedule } = scheduler();
    expect(schedule.failed(30_000)).toBe(30_000);
  });

  it('holds back by a fixed time without counting a failure', async () => {
    const { time, passes, schedule } = scheduler();
    schedule.holdOff(4_000);
    schedule.wakeIn(0);
    await time.advance(3_999);
    expect(passes).toEqual([]);
    await time.advance(1);
    expect(passes).toEqual([4_000]);
    expect(schedule.failed(null)).toBe(500);
  });

  it('holds a wake-up kept during a pass back by the backoff that pass set', async () => {
    const { time, passes, schedule, passUnderWay } = scheduler();
    const release = await passUnderWay();
    schedule.wakeIn(0);
    schedule.failed(null);
    release();
    await settled();

    await time.advance(499);
    expect(passes).toEqual([0]);
    await time.advance(1);
    expect(passes).toEqual([0, 500]);
  });

  it('runs nothing more once stopped, and resolves when the pass under way has ended', async () => {
    const { time, passes, schedule, passUnderWay } = scheduler();
    const release = await passUnderWay();
    schedule.wakeIn(10);

    let still = false;
    const stopped = schedule.stop().then(() => (still = true));
    await settled();
    expect(still).toBe(false);
    release();
    await stopped;

    schedule.wakeIn(0);
    await time.advance(60_000);
    expect(passes).toEqual([0]);
    expect(time.timers).toBe(0);
  });
});
