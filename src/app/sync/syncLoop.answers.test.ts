// What the loop makes of the endpoint's answers, against a fake endpoint: a refused batch split down
// to the visit it cannot take, rejections and conflicts kept with a reason, a strange answer or a
// busy server tried again later, a refused token a pause until the tablet is paired again. When
// and what it sends is in syncLoop.sending.test.ts.
import { describe, expect, it } from 'vitest';
import { db } from '../data/db';
import { outboxState, syncStatesOf } from '../data/outbox';
import { savePairing } from '../data/syncSettings';
import {
  checkIn,
  fakeEndpoint,
  json,
  syncLoopsPerTest,
  storeAll,
  syncStates,
  TOKEN,
} from '../../../tests/setup/syncLoop';

async function stateOf(id: string | undefined) {
  return (await syncStatesOf([id ?? ''])).get(id ?? '');
}

async function refusalOf(id: string | undefined) {
  return (await outboxState()).quarantinedVisits.find((visit) => visit.id === id)?.reason;
}

const loops = syncLoopsPerTest();
const start = loops.start;

describe('startSync', () => {
  it('splits a batch the server refuses whole, quarantining only the visit it cannot take', async () => {
    await checkIn(6);
    const visits = await db.visits.toArray();
    const bad = visits[4]?.id;
    const endpoint = fakeEndpoint((sent) =>
      sent.some((v) => v.id === bad)
        ? json(
            { error: 'The batch holds a visit this endpoint cannot store.', code: 'invalid_body' },
            400,
          )
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
    expect(loops.status.getStatus().quarantined).toBe(1);
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

    await expect.poll(() => loops.status.getStatus().lastError?.code).toBe('bad-response');
    expect(await syncStates()).toEqual(['pending']);
    endpoint.answerWith(storeAll);
    await expect.poll(syncStates).toEqual(['synced']);
    expect(endpoint.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('stops after an answer that accounts for none of the visits, instead of resending forever', async () => {
    await checkIn();
    const endpoint = fakeEndpoint(() => json({ stored: [], rejected: [] }));
    start(endpoint.fetch, { backoff: { baseMs: 5_000, capMs: 5_000 } });
    await expect.poll(() => loops.status.getStatus().lastError?.code).toBe('bad-response');
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

    await expect.poll(() => loops.status.getStatus().lastError?.code).toBe('rate-limited');
    const { lastError, nextAttemptAt } = loops.status.getStatus();
    expect((nextAttemptAt ?? 0) - (lastError?.at ?? 0)).toBeGreaterThanOrEqual(990);
    loops.sync.request();
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

    await expect.poll(() => loops.status.getStatus().pausedWhy?.code).toBe('unauthorized');
    expect(loops.status.getStatus().pausedWhy?.message).toMatch(/pair the tablet again/);
    expect(await syncStates()).toEqual(['pending', 'pending']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(endpoint.requests).toHaveLength(1);

    endpoint.answerWith(storeAll);
    await savePairing({ endpoint: 'https://velkommen.example.dk', token: `${TOKEN}-new` });
    loops.sync.afterPairing();
    await expect.poll(syncStates).toEqual(['synced', 'synced']);
    expect(endpoint.authorizations.at(-1)).toBe(`Bearer ${TOKEN}-new`);
    expect(loops.status.getStatus().pausedWhy).toBeNull();
  });
});
