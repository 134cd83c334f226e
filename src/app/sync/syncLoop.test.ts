// The loop's decisions against a fake endpoint: what it sends, what it marks, when it waits. The
// real server, a real network and faults in between are in tests/sync.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/visit';
import { recordCheckIn, undoCheckIn } from '../data/checkins';
import { db } from '../data/db';
import { outboxState, syncStatesOf } from '../data/outbox';
import { savePairing } from '../data/syncSettings';
import { syncStateOfEach } from '../../../tests/setup/outbox';
import { memoryLock } from './lock';
import type { SyncWakeups } from './handle';
import { createSyncHandle } from './handle';
import type { SyncStatusStore } from './status';
import { createSyncStatusStore } from './status';
import type { SyncOptions } from './syncLoop';
import { startSync } from './syncLoop';

const TOKEN = 'kiosk-token-0123456789abcdef';

type Handler = (visits: Visit[], n: number) => Response | Promise<Response>;

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

const storeAll: Handler = (visits) => json({ stored: visits.map((v) => v.id), rejected: [] });

function fakeEndpoint(handler: Handler) {
  const requests: Visit[][] = [];
  const authorizations: (string | null)[] = [];
  let current = handler;
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const body = JSON.parse(String(init?.body)) as { visits: Visit[] };
    requests.push(body.visits);
    authorizations.push(new Headers(init?.headers).get('Authorization'));
    return current(body.visits, requests.length);
  };
  return {
    fetch,
    requests,
    authorizations,
    answerWith(next: Handler) {
      current = next;
    },
  };
}

function checkIn(children = 0) {
  return recordCheckIn({
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'IQ',
    municipality: '169',
    adult: true,
    children,
    at: new Date('2026-11-23T10:05:00+01:00'),
  });
}

async function syncStates(): Promise<string[]> {
  return [...(await syncStateOfEach()).values()];
}

async function stateOf(id: string | undefined) {
  return (await syncStatesOf([id ?? ''])).get(id ?? '');
}

async function refusalOf(id: string | undefined) {
  return (await outboxState()).quarantinedVisits.find((visit) => visit.id === id)?.reason;
}

let stops: (() => Promise<void>)[] = [];
let status: SyncStatusStore;
let sync: SyncWakeups;

function start(fetch: typeof globalThis.fetch, options: Partial<SyncOptions> = {}) {
  const stop = startSync({
    fetch,
    status,
    wakeups: sync,
    lock: memoryLock(),
    window: null,
    document: null,
    timeoutMs: 500,
    backoff: { baseMs: 20, capMs: 80 },
    random: () => 0.5,
    afterCheckInMs: 10,
    lockBusyMs: 20,
    ...options,
  });
  stops.push(stop);
  return stop;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await savePairing({ endpoint: 'https://velkommen.example.dk', token: TOKEN });
  status = createSyncStatusStore(() => () => undefined);
  sync = createSyncHandle();
});

afterEach(async () => {
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
});

describe('startSync', () => {
  it('sends pending visits with the kiosk token and marks them synced, keeping them', async () => {
    await checkIn(2);
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch);

    await expect.poll(syncStates).toEqual(['synced', 'synced', 'synced']);
    expect(endpoint.requests).toHaveLength(1);
    expect(endpoint.authorizations).toEqual([`Bearer ${TOKEN}`]);
    expect(status.getStatus()).toMatchObject({ pending: 0, lastError: null, syncing: false });
    expect(status.getStatus().lastSuccessAt).toEqual(expect.any(Number));
  });

  it('waits, without sending anything, until the tablet is paired', async () => {
    await db.settings.clear();
    await checkIn();
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch);

    await expect.poll(() => status.getStatus().pausedWhy?.code).toBe('not-paired');
    expect(endpoint.requests).toHaveLength(0);

    await savePairing({ endpoint: 'https://velkommen.example.dk', token: TOKEN });
    sync.afterPairing();
    await expect.poll(syncStates).toEqual(['synced']);
    expect(status.getStatus().pausedWhy).toBeNull();
  });

  it('sends a check-in shortly after a nudge', async () => {
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch);
    await expect.poll(() => status.getStatus().syncing).toBe(false);

    await checkIn();
    sync.request();
    await expect.poll(syncStates).toEqual(['synced']);
    expect(endpoint.requests).toHaveLength(1);
  });

  it('splits a batch the server refuses whole, quarantining only the visit it cannot take', async () => {
    await checkIn(6);
    const visits = await db.visits.toArray();
    const bad = visits[4]?.id;
    const endpoint = fakeEndpoint((sent) =>
      sent.some((v) => v.id === bad)
        ? json({ error: 'The batch holds a visit this endpoint cannot store.', code: 'x' }, 400)
        : storeAll(sent, 0),
    );
    start(endpoint.fetch);

    await expect.poll(async () => stateOf(bad)).toBe('quarantined');
    await expect
      .poll(async () => (await syncStates()).filter((s) => s === 'synced').length)
      .toBe(6);
    expect(await refusalOf(bad)).toMatch(/cannot store/);
    // 7 visits: the whole batch, then halves down to the one; never one request per visit.
    expect(endpoint.requests.length).toBeLessThanOrEqual(7);
    expect(status.getStatus().quarantined).toBe(1);
  });

  it('finds the owner of a rejection that carries no id', async () => {
    await checkIn(3);
    const bad = (await db.visits.toArray())[1]?.id;
    const endpoint = fakeEndpoint((sent) =>
      json({
        stored: sent.filter((v) => v.id !== bad).map((v) => v.id),
        rejected: sent.some((v) => v.id === bad)
          ? [{ id: null, reason: 'id must be a UUID.' }]
          : [],
      }),
    );
    start(endpoint.fetch);

    await expect.poll(async () => await refusalOf(bad)).toBe('id must be a UUID.');
    expect(await syncStates()).toEqual(
      expect.arrayContaining(['synced', 'synced', 'synced', 'quarantined']),
    );
  });

  it('quarantines a conflict with a reason staff can read', async () => {
    const [visit] = await checkIn();
    const endpoint = fakeEndpoint((sent) =>
      json({ stored: [], rejected: sent.map((v) => ({ id: v.id, reason: 'conflict' })) }),
    );
    start(endpoint.fetch);
    await expect.poll(async () => stateOf(visit?.id)).toBe('quarantined');
    expect(await refusalOf(visit?.id)).toMatch(/^conflict: /);
    expect(endpoint.requests).toHaveLength(1);
  });

  it('counts a 200 with a strange body as a failure: nothing marked, tried again later', async () => {
    await checkIn();
    const endpoint = fakeEndpoint(() => json({ welcome: 'to the hotel wifi' }));
    start(endpoint.fetch);

    await expect.poll(() => status.getStatus().lastError?.code).toBe('bad-response');
    expect(await syncStates()).toEqual(['pending']);
    endpoint.answerWith(storeAll);
    await expect.poll(syncStates).toEqual(['synced']);
    expect(endpoint.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('stops after an answer that accounts for none of the visits, instead of resending forever', async () => {
    await checkIn();
    const endpoint = fakeEndpoint(() => json({ stored: [], rejected: [] }));
    start(endpoint.fetch, { backoff: { baseMs: 5_000, capMs: 5_000 } });
    await expect.poll(() => status.getStatus().lastError?.code).toBe('bad-response');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(endpoint.requests).toHaveLength(1);
  });

  it('honours Retry-After on 429', async () => {
    await checkIn();
    const endpoint = fakeEndpoint((sent, n) =>
      n === 1
        ? json({ error: 'Slow down.', code: 'rate_limited' }, 429, { 'Retry-After': '1' })
        : storeAll(sent, n),
    );
    start(endpoint.fetch);

    await expect.poll(() => status.getStatus().lastError?.code).toBe('rate-limited');
    const { lastError, nextAttemptAt } = status.getStatus();
    expect((nextAttemptAt ?? 0) - (lastError?.at ?? 0)).toBeGreaterThanOrEqual(990);
    sync.request();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(endpoint.requests).toHaveLength(1);
    await expect.poll(syncStates, { timeout: 3_000 }).toEqual(['synced']);
  });

  it('pauses on 401 with the reason, drops nothing, and goes on once paired again', async () => {
    await checkIn(1);
    const endpoint = fakeEndpoint(() =>
      json({ error: 'The token is not right.', code: 'unauthorized' }, 401),
    );
    start(endpoint.fetch, { pausedEveryMs: 60_000 });

    await expect.poll(() => status.getStatus().pausedWhy?.code).toBe('unauthorized');
    expect(status.getStatus().pausedWhy?.message).toMatch(/pair the tablet again/);
    expect(await syncStates()).toEqual(['pending', 'pending']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(endpoint.requests).toHaveLength(1);

    endpoint.answerWith(storeAll);
    await savePairing({ endpoint: 'https://velkommen.example.dk', token: `${TOKEN}-new` });
    sync.afterPairing();
    await expect.poll(syncStates).toEqual(['synced', 'synced']);
    expect(endpoint.authorizations.at(-1)).toBe(`Bearer ${TOKEN}-new`);
    expect(status.getStatus().pausedWhy).toBeNull();
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
    await expect.poll(() => status.getStatus().lastError?.code).toBe('network');
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
    expect(status.getStatus().syncing).toBe(false);
  });
});
