// When the loop sends and what it sends, against a fake endpoint: pending visits once the tablet is
// paired, soon after a nudge, oldest first in batches, again when the network or the page comes
// back; never while another tab delivers, nothing after a stop. The endpoint's answers are in
// syncLoop.answers.test.ts.
import { describe, expect, it } from 'vitest';
import { undoCheckIn } from '../data/checkins';
import { db } from '../data/db';
import { savePairing } from '../data/syncSettings';
import {
  checkIn,
  fakeEndpoint,
  syncLoopsPerTest,
  storeAll,
  syncStates,
  TOKEN,
} from '../../../tests/setup/syncLoop';
import { memoryLock } from './lock';

const loops = syncLoopsPerTest();
const start = loops.start;

describe('startSync', () => {
  it('sends pending visits with the kiosk token and marks them synced, keeping them', async () => {
    await checkIn(2);
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch);

    await expect.poll(syncStates).toEqual(['synced', 'synced', 'synced']);
    expect(endpoint.requests).toHaveLength(1);
    expect(endpoint.authorizations).toEqual([`Bearer ${TOKEN}`]);
    expect(loops.status.getStatus()).toMatchObject({ pending: 0, lastError: null, syncing: false });
    expect(loops.status.getStatus().lastSuccessAt).toEqual(expect.any(Number));
  });

  it('waits, without sending anything, until the tablet is paired', async () => {
    await db.settings.clear();
    await checkIn();
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch);

    await expect.poll(() => loops.status.getStatus().pausedWhy?.code).toBe('not-paired');
    expect(endpoint.requests).toHaveLength(0);

    await savePairing({ endpoint: 'https://velkommen.example.dk', token: TOKEN });
    loops.sync.afterPairing();
    await expect.poll(syncStates).toEqual(['synced']);
    expect(loops.status.getStatus().pausedWhy).toBeNull();
  });

  it('sends a check-in shortly after a nudge', async () => {
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch);
    await expect.poll(() => loops.status.getStatus().syncing).toBe(false);

    await checkIn();
    loops.sync.request();
    await expect.poll(syncStates).toEqual(['synced']);
    expect(endpoint.requests).toHaveLength(1);
  });

  it('sends a void made while the request was in flight in the next request', async () => {
    const [visit] = await checkIn();
    const endpoint = fakeEndpoint(async (sent, n) => {
      if (n === 1) await undoCheckIn(visit?.partyId ?? '');
      return storeAll(sent, n);
    });
    start(endpoint.fetch);

    await expect.poll(syncStates).toEqual(['synced']);
    expect(endpoint.requests.map((r) => r.map((v) => v.voided))).toEqual([[false], [true]]);
  });

  it('sends more than one batch oldest first', async () => {
    const recorded: string[] = [];
    for (let i = 0; i < 5; i++) recorded.push(...(await checkIn()).map((visit) => visit.id));
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch, { batchSize: 2 });

    await expect.poll(syncStates).toEqual(Array(5).fill('synced'));
    expect(endpoint.requests.map((batch) => batch.map((v) => v.id))).toEqual([
      recorded.slice(0, 2),
      recorded.slice(2, 4),
      recorded.slice(4),
    ]);
  });

  it('tries again at once when the network comes back, and when the page is shown', async () => {
    await checkIn();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    const endpoint = fakeEndpoint(() => {
      throw new TypeError('fetch failed');
    });
    start(endpoint.fetch, {
      window: win,
      document: doc,
      backoff: { baseMs: 60_000, capMs: 60_000 },
    });
    await expect.poll(() => loops.status.getStatus().lastError?.code).toBe('network');
    expect(endpoint.requests).toHaveLength(1);

    win.dispatchEvent(new Event('online'));
    await expect.poll(() => endpoint.requests.length).toBe(2);

    endpoint.answerWith(storeAll);
    await checkIn();
    win.dispatchEvent(new Event('online'));
    await expect.poll(syncStates).toEqual(['synced', 'synced']);

    await checkIn();
    doc.dispatchEvent(new Event('visibilitychange'));
    await expect.poll(syncStates).toEqual(['synced', 'synced', 'synced']);
  });

  it('leaves the delivery to the other tab when the lock is taken', async () => {
    await checkIn();
    const lock = memoryLock();
    let release: () => void = () => undefined;
    const held = lock.ifAvailable(() => new Promise<void>((done) => (release = done)));
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch, { lock });

    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(endpoint.requests).toHaveLength(0);
    release();
    await held;
    await expect.poll(syncStates).toEqual(['synced']);
  });

  it('marks nothing after a stop, and aborts the request in flight', async () => {
    await checkIn();
    let aborted = false;
    const endpoint = fakeEndpoint(() => new Promise<Response>(() => undefined));
    const stop = start(async (input, init) => {
      init?.signal?.addEventListener('abort', () => (aborted = true));
      return endpoint.fetch(input, init);
    });
    await expect.poll(() => endpoint.requests.length).toBe(1);
    await stop();
    expect(aborted).toBe(true);
    expect(await syncStates()).toEqual(['pending']);
    expect(loops.status.getStatus().syncing).toBe(false);
  });
});
