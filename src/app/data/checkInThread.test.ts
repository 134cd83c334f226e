import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromCheckInWorker, ToCheckInWorker } from './checkInMessages';
import { checkInThread } from './checkInThread';
import type { CheckIn } from './checkins';
import { recordCheckIn, visitsOn } from './checkins';
import { db, StorageFullError } from './db';
import { clearStorageProblems, storageProblems } from './storageProblems';

const DAY = '2026-11-23';

function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'SY',
    municipality: '101',
    adult: true,
    children: 1,
    at: new Date('2026-11-23T10:05:00+01:00'),
    ...overrides,
  };
}

type Answer = (message: ToCheckInWorker, reply: (answer: FromCheckInWorker) => void) => void;

// Stands in for the browser's Worker (jsdom has none): what checkInWorker.ts does, by default on
// the same database through the same recordCheckIn. The real worker runs in the browser tests.
class FakeWorker extends EventTarget {
  readonly received: ToCheckInWorker[] = [];
  terminated = false;

  constructor(private answer: Answer = recordHere) {
    super();
  }

  emit(message: FromCheckInWorker): void {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: message }));
  }

  crash(): void {
    this.dispatchEvent(new Event('error'));
  }

  postMessage(message: ToCheckInWorker): void {
    this.received.push(message);
    this.answer(message, (answer) => this.emit(answer));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const recordHere: Answer = ({ id, checkIn }, reply) => {
  void recordCheckIn(checkIn).then((visits) =>
    reply({
      type: 'recorded',
      id,
      visits,
      committedAt: performance.timeOrigin + performance.now(),
    }),
  );
};

function threadWith(worker: FakeWorker, silentAfterMs?: number) {
  const thread = checkInThread(() => worker as unknown as Worker, { silentAfterMs });
  thread.start();
  worker.emit({ type: 'ready' });
  return thread;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  clearStorageProblems();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the check-in thread', () => {
  it('has the worker write the check-in and says when it committed, on the page clock', async () => {
    const worker = new FakeWorker();
    const thread = threadWith(worker);
    const before = performance.now();

    const recorded = await thread.record(checkIn());

    expect(worker.received).toHaveLength(1);
    expect(recorded.visits.map((visit) => visit.ageGroup)).toEqual(['adult', 'child']);
    expect(recorded.committedAt).toBeGreaterThanOrEqual(before);
    expect(recorded.committedAt).toBeLessThanOrEqual(performance.now());
    expect(await visitsOn(DAY)).toHaveLength(2);
  });

  it('waits for the worker to be ready before handing it a check-in', async () => {
    const worker = new FakeWorker();
    const thread = checkInThread(() => worker as unknown as Worker);
    const recording = thread.record(checkIn());
    await Promise.resolve();
    expect(worker.received).toHaveLength(0);

    worker.emit({ type: 'ready' });
    await recording;
    expect(worker.received).toHaveLength(1);
  });

  it('turns a full disk in the worker into a StorageFullError and keeps its note for staff', async () => {
    const worker = new FakeWorker(({ id }, reply) => {
      reply({
        type: 'problem',
        problem: { kind: 'full', at: 1_700_000_000_000, detail: 'QuotaExceededError' },
      });
      reply({ type: 'failed', id, name: 'StorageFullError', message: 'full' });
    });
    const thread = threadWith(worker);

    await expect(thread.record(checkIn())).rejects.toBeInstanceOf(StorageFullError);
    expect(storageProblems()).toEqual([
      { kind: 'full', at: 1_700_000_000_000, detail: 'QuotaExceededError' },
    ]);
    expect(await visitsOn(DAY)).toHaveLength(0);
  });

  it('passes on the reason a check-in was refused', async () => {
    const worker = new FakeWorker(({ id }, reply) =>
      reply({ type: 'failed', id, name: 'Error', message: '"XX" is not a known country code.' }),
    );
    const thread = threadWith(worker);

    await expect(thread.record(checkIn({ country: 'XX' }))).rejects.toThrow(
      '"XX" is not a known country code.',
    );
  });

  it('writes on this thread when the worker stops, storing an unanswered check-in once', async () => {
    // The worker commits but stops before it can answer.
    const worker = new FakeWorker(({ checkIn }) => {
      void recordCheckIn(checkIn).then(() => worker.crash());
    });
    const thread = threadWith(worker);
    const party = checkIn({ children: 2 });

    const recorded = await thread.record(party);

    expect(worker.terminated).toBe(true);
    expect(recorded.visits).toHaveLength(3);
    expect(await visitsOn(DAY)).toHaveLength(3);

    await thread.record(checkIn({ children: 0 }));
    expect(worker.received).toHaveLength(1);
    expect(await visitsOn(DAY)).toHaveLength(4);
  });

  it('writes on this thread when the worker cannot open the database', async () => {
    const worker = new FakeWorker();
    const thread = checkInThread(() => worker as unknown as Worker);
    thread.start();
    worker.emit({ type: 'startFailed', message: 'UnknownError: no storage' });

    await thread.record(checkIn());

    expect(worker.received).toHaveLength(0);
    expect(await visitsOn(DAY)).toHaveLength(2);
  });

  it('writes on this thread where there is no worker', async () => {
    const thread = checkInThread(() => null);
    await thread.record(checkIn());
    expect(await visitsOn(DAY)).toHaveLength(2);
  });
});

describe('the check-in thread with a silent worker', () => {
  const SILENT_MS = 60;

  it('writes here when the worker never says it is ready, and never waits for it again', async () => {
    const worker = new FakeWorker();
    // Long enough that a second wait for the worker could not pass for a write here.
    const silentAfterMs = 400;
    const thread = checkInThread(() => worker as unknown as Worker, { silentAfterMs });
    thread.start();

    const first = await thread.record(checkIn());
    expect(first.visits).toHaveLength(2);
    expect(worker.terminated).toBe(true);
    expect(worker.received).toHaveLength(0);

    const before = performance.now();
    await thread.record(checkIn({ children: 0 }));
    expect(performance.now() - before).toBeLessThan(silentAfterMs);
    expect(await visitsOn(DAY)).toHaveLength(3);
  });

  it('stores a party once when the worker saves it but its answer never comes', async () => {
    const saved: Promise<unknown>[] = [];
    const worker = new FakeWorker(({ checkIn }) => {
      saved.push(recordCheckIn(checkIn));
    });
    const thread = threadWith(worker, SILENT_MS);
    const party = checkIn({ children: 2 });

    const recorded = await thread.record(party);
    await Promise.all(saved);

    expect(worker.received).toHaveLength(1);
    expect(worker.terminated).toBe(true);
    const stored = await visitsOn(DAY);
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((visit) => visit.partyId))).toEqual(new Set([party.partyId]));
    // The page found the worker's party rather than writing one of its own.
    expect(recorded.visits.map((visit) => visit.id).sort()).toEqual(
      stored.map((visit) => visit.id).sort(),
    );

    await thread.record(checkIn({ children: 0 }));
    expect(worker.received).toHaveLength(1);
    expect(await visitsOn(DAY)).toHaveLength(4);
  });

  it('lets a late answer change nothing once the page has written the check-in', async () => {
    const late: (() => void)[] = [];
    const worker = new FakeWorker((message, reply) => {
      late.push(() => recordHere(message, reply));
    });
    const thread = threadWith(worker, SILENT_MS);

    const recorded = await thread.record(checkIn());
    worker.terminated = false;
    expect(late).toHaveLength(1);
    for (const answer of late) answer();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(recorded.visits).toHaveLength(2);
    expect(await visitsOn(DAY)).toHaveLength(2);
  });

  it('does not give up on a worker that answers in time', async () => {
    const worker = new FakeWorker((message, reply) => {
      setTimeout(() => recordHere(message, reply), SILENT_MS / 3);
    });
    const thread = checkInThread(() => worker as unknown as Worker, { silentAfterMs: SILENT_MS });
    thread.start();
    worker.emit({ type: 'ready' });

    await thread.record(checkIn());
    await new Promise((resolve) => setTimeout(resolve, SILENT_MS * 2));
    await thread.record(checkIn({ children: 0 }));

    expect(worker.terminated).toBe(false);
    expect(worker.received).toHaveLength(2);
    expect(await visitsOn(DAY)).toHaveLength(3);
  });

  it('writes here when the worker’s database was closed under it', async () => {
    const worker = new FakeWorker(({ id }, reply) =>
      reply({ type: 'failed', id, name: 'DatabaseClosedError', message: 'closed' }),
    );
    const thread = threadWith(worker, SILENT_MS);

    const recorded = await thread.record(checkIn());

    expect(worker.terminated).toBe(true);
    expect(recorded.visits).toHaveLength(2);
    expect(await visitsOn(DAY)).toHaveLength(2);
  });
});
