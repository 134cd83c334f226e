// Several batches on their way at once: the next ones go out before the first answer is back, yet
// each batch is marked only from its own answer and in the order sent; a request that fails leaves
// its own visits queued and the answered ones marked; a void made meanwhile is sent after the copy
// it replaces.
import { describe, expect, it } from 'vitest';
import { undoCheckIn } from '../data/checkins';
import { getSyncSettings } from '../data/syncSettings';
import {
  checkIn,
  fakeEndpoint,
  json,
  syncLoopsPerTest,
  storeAll,
  syncStates,
} from '../../../tests/setup/syncLoop';
import { syncStateOfEach } from '../../../tests/setup/outbox';
import { IN_FLIGHT } from './delivery';

const loops = syncLoopsPerTest();

/** Checks in `count` visitors alone, oldest first; their visits' ids. */
async function checkIns(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(...(await checkIn()).map((visit) => visit.id));
  return ids;
}

describe('batches on their way together', () => {
  it('sends the next batches before the first answer, and marks none until its own answer', async () => {
    const ids = await checkIns(IN_FLIGHT * 2);
    let answerFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => (answerFirst = resolve));
    const endpoint = fakeEndpoint(async (sent, n) => {
      if (n === 1) await firstHeld;
      return storeAll(sent, n);
    });
    loops.start(endpoint.fetch, { batchSize: 2 });

    // The first request waits; the others have gone out and been answered meanwhile.
    await expect.poll(() => endpoint.requests.length).toBe(IN_FLIGHT);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(endpoint.requests).toHaveLength(IN_FLIGHT);
    expect(await syncStates()).toEqual(Array(ids.length).fill('pending'));

    answerFirst();
    await expect.poll(syncStates).toEqual(Array(ids.length).fill('synced'));
    // Each visit went out once, in the order queued.
    expect(endpoint.requests.flat().map((visit) => visit.id)).toEqual(ids);
  });

  it('keeps the moment of the last answer of a pass, though not on every batch', async () => {
    await checkIns(IN_FLIGHT * 2);
    const endpoint = fakeEndpoint(async (sent, n) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return storeAll(sent, n);
    });
    loops.start(endpoint.fetch, { batchSize: 1 });

    await expect.poll(syncStates).toEqual(Array(IN_FLIGHT * 2).fill('synced'));
    await expect.poll(() => loops.status.getStatus().syncing).toBe(false);
    const { lastSuccessAt } = loops.status.getStatus();
    expect(lastSuccessAt).toEqual(expect.any(Number));
    expect((await getSyncSettings()).lastSuccessAt).toBe(lastSuccessAt);
  });

  it('marks the batches answered behind one that failed, and sends only that one again', async () => {
    const ids = await checkIns(6);
    const endpoint = fakeEndpoint((sent, n) =>
      n === 1
        ? json({ error: 'The database is busy.', code: 'unavailable' }, 503)
        : storeAll(sent, n),
    );
    const win = new EventTarget();
    loops.start(endpoint.fetch, {
      batchSize: 2,
      window: win,
      backoff: { baseMs: 60_000, capMs: 60_000 },
    });

    await expect.poll(() => loops.status.getStatus().lastError?.code).toBe('server');
    const states = await syncStateOfEach();
    expect(ids.map((id) => states.get(id))).toEqual([
      'pending',
      'pending',
      ...Array(ids.length - 2).fill('synced'),
    ]);

    endpoint.answerWith(storeAll);
    win.dispatchEvent(new Event('online'));
    await expect.poll(syncStates).toEqual(Array(ids.length).fill('synced'));
    const sent = endpoint.requests.flat().map((visit) => visit.id);
    expect(sent.filter((id) => id === ids[0])).toHaveLength(2);
    expect(sent.filter((id) => id === ids[2])).toHaveLength(1);
    expect(new Set(sent)).toEqual(new Set(ids));
  });

  it('sends a void made while several batches are out after them, and marks both copies', async () => {
    const [first] = await checkIn();
    await checkIns(4);
    const endpoint = fakeEndpoint(async (sent, n) => {
      if (n === 1) await undoCheckIn(first?.partyId ?? '');
      return storeAll(sent, n);
    });
    loops.start(endpoint.fetch, { batchSize: 2 });

    await expect.poll(syncStates).toEqual(Array(5).fill('synced'));
    const copies = endpoint.requests.flatMap((batch, i) =>
      batch
        .filter((visit) => visit.id === first?.id)
        .map((visit) => ({ request: i, voided: visit.voided })),
    );
    expect(copies).toEqual([
      { request: 0, voided: false },
      { request: expect.any(Number), voided: true },
    ]);
    expect(copies[1]?.request).toBeGreaterThan(0);
  });

  it('takes what was stored out of the outbox while a long pass goes on, and the rest when it ends', async () => {
    const ids = await checkIns(8);
    let answerThird: () => void = () => undefined;
    const thirdHeld = new Promise<void>((resolve) => (answerThird = resolve));
    const endpoint = fakeEndpoint(async (sent, n) => {
      if (n === 3) await thirdHeld;
      return storeAll(sent, n);
    });
    loops.start(endpoint.fetch, { batchSize: 2, dropEvery: 4 });

    // The first two batches' answers made four places, which left the outbox at once; the third
    // batch waits for its answer, and the fourth, answered, is settled in its turn after it.
    await expect.poll(() => endpoint.requests.length).toBe(4);
    const inOrder = async () => {
      const states = await syncStateOfEach();
      return ids.map((id) => states.get(id));
    };
    await expect.poll(inOrder).toEqual([...Array(4).fill('synced'), ...Array(4).fill('pending')]);

    answerThird();
    await expect.poll(syncStates).toEqual(Array(8).fill('synced'));
    await expect.poll(() => loops.status.getStatus().syncing).toBe(false);
    expect(endpoint.requests.flat().map((visit) => visit.id)).toEqual(ids);
  });
});
