// A tablet with a key of its own reports its status after every pass that reached the server and
// at least every so often with nothing to send; with the centre's shared token it never does. A key
// the server withdrew stops the loop until the tablet is paired again, with every visit kept.
import { describe, expect, it } from 'vitest';
import { db } from '../data/db';
import { setDeviceId } from '../data/device';
import { getSyncSettings, savePairing } from '../data/syncSettings';
import {
  checkIn,
  fakeEndpoint,
  json,
  storeAll,
  syncLoopsPerTest,
  syncStates,
} from '../../../tests/setup/syncLoop';
import { REVOKED_MESSAGE } from './client';
import type { DeliveryEnd } from './delivery';
import { reportsAfter, statusReport } from './deviceStatus';

const ENDPOINT = 'https://velkommen.example.dk';
const KEY = 'k3y0fTh1sTabl3tk3y0fTh1sTabl3tk3y0fTh1sTab';
const NEW_KEY = 'N3wK3yN3wK3yN3wK3yN3wK3yN3wK3yN3wK3yN3wK3yX';
const DEVICE = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const NEW_DEVICE = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';

const revoked = () =>
  json({ error: 'This tablet was withdrawn by a coordinator.', code: 'token_revoked' }, 401);

const loops = syncLoopsPerTest();
const start = (fetch: typeof globalThis.fetch, clockEveryMs = 60_000) =>
  loops.start(fetch, { appVersion: '2.4.0', clockEveryMs });

async function withOwnKey(): Promise<void> {
  await savePairing({ endpoint: ENDPOINT, token: KEY, device: DEVICE });
}

describe('the status report', () => {
  it('follows a pass with the outbox as the pass left it, sent with the tablet’s key', async () => {
    await withOwnKey();
    await setDeviceId('Reception');
    await checkIn(1);
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch);

    await expect.poll(() => endpoint.statusReports.length).toBe(1);
    expect(await syncStates()).toEqual(['synced', 'synced']);
    expect(endpoint.statusReports[0]).toEqual({
      authorization: `Bearer ${KEY}`,
      body: {
        appVersion: '2.4.0',
        waiting: 0,
        oldestWaitingAt: null,
        clock: expect.any(String),
        name: 'Reception',
      },
    });
  });

  it('says what waits and since when while the server will not take the visits', async () => {
    await withOwnKey();
    await checkIn();
    const endpoint = fakeEndpoint(() =>
      json({ error: 'Down for a moment.', code: 'internal_error' }, 500),
    );
    start(endpoint.fetch);

    await expect.poll(() => endpoint.statusReports.length).toBeGreaterThanOrEqual(1);
    expect(endpoint.statusReports[0]?.body).toMatchObject({
      waiting: 1,
      oldestWaitingAt: '2026-11-23T09:00:00.000Z',
    });
  });

  it('comes again on its own with nothing to send', async () => {
    await withOwnKey();
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch, 40);

    await expect.poll(() => endpoint.statusReports.length).toBeGreaterThanOrEqual(3);
    expect(endpoint.requests).toHaveLength(0);
  });

  it('is never sent with the centre’s shared token, which is no one tablet’s', async () => {
    await checkIn();
    const endpoint = fakeEndpoint(storeAll);
    start(endpoint.fetch, 40);

    await expect.poll(syncStates).toEqual(['synced']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(endpoint.statusReports).toEqual([]);
  });
});

describe('reportsAfter', () => {
  it('follows a pass that reached the server, not one that could not', () => {
    const failed = (code: string): DeliveryEnd =>
      ({ kind: 'failed', code, message: '', retryAfterMs: null }) as DeliveryEnd;
    expect(reportsAfter({ kind: 'done' })).toBe(true);
    expect(reportsAfter(failed('server'))).toBe(true);
    expect(reportsAfter(failed('in-between'))).toBe(true);
    expect(reportsAfter(failed('network'))).toBe(false);
    expect(reportsAfter(failed('timeout'))).toBe(false);
    expect(reportsAfter(failed('rate-limited'))).toBe(false);
    expect(reportsAfter({ kind: 'revoked' })).toBe(false);
    expect(reportsAfter({ kind: 'not-paired' })).toBe(false);
    expect(reportsAfter({ kind: 'paused', code: 'unauthorized', message: '' })).toBe(false);
  });

  it('tells the tablet’s clock as it reads it, in UTC', () => {
    expect(
      statusReport(
        { waiting: 3, oldestWaitingAt: '2026-11-23T09:00:00.000Z' },
        '2.4.0',
        Date.UTC(2026, 10, 23, 9, 30),
      ),
    ).toEqual({
      appVersion: '2.4.0',
      waiting: 3,
      oldestWaitingAt: '2026-11-23T09:00:00.000Z',
      clock: '2026-11-23T09:30:00.000Z',
    });
  });
});

describe('a withdrawn key', () => {
  it('stops the loop with every visit kept, and the next pairing sends them once', async () => {
    await withOwnKey();
    await checkIn();
    const endpoint = fakeEndpoint(revoked);
    start(endpoint.fetch);

    await expect.poll(() => loops.status.getStatus().pausedWhy?.code).toBe('revoked');
    expect(loops.status.getStatus().pausedWhy?.message).toBe(REVOKED_MESSAGE);
    expect((await getSyncSettings()).revokedAt).toEqual(expect.any(Number));
    expect(await syncStates()).toEqual(['pending']);
    const refused = endpoint.requests.length;
    expect(refused).toBe(1);

    // A check-in wakes the loop, which ends at once: nothing is tried with the withdrawn key.
    await checkIn();
    loops.sync.request();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(endpoint.requests).toHaveLength(refused);
    expect(endpoint.statusReports).toHaveLength(0);
    expect(await syncStates()).toEqual(['pending', 'pending']);
    expect(await db.quarantine.count()).toBe(0);

    endpoint.answerWith(storeAll);
    await savePairing({ endpoint: ENDPOINT, token: NEW_KEY, device: NEW_DEVICE });
    loops.sync.afterPairing();
    await expect.poll(syncStates).toEqual(['synced', 'synced']);
    expect(loops.status.getStatus().pausedWhy).toBeNull();
    expect(endpoint.authorizations.at(-1)).toBe(`Bearer ${NEW_KEY}`);
    const sent = endpoint.requests
      .slice(refused)
      .flat()
      .map((visit) => visit.id);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it('is heard from the status report too', async () => {
    await withOwnKey();
    const endpoint = fakeEndpoint(storeAll);
    endpoint.answerStatusWith(revoked);
    start(endpoint.fetch);

    await expect.poll(() => loops.status.getStatus().pausedWhy?.code).toBe('revoked');
    expect((await getSyncSettings()).revokedAt).toEqual(expect.any(Number));
  });
});
