// What the network does to a delivery: a server that is down, errors, lost answers, slow answers, a
// proxy's own error pages and a refused token. Every scenario ends with the server holding the
// tablet's visits once each.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/app/data/db';
import { savePairing } from '../../src/app/data/syncSettings';
import type { Harness } from './harness';
import { describeEngines } from '../../src/server/testing/engines';
import {
  allDelivered,
  checkIn,
  expectServerHoldsTablet,
  serverVisits,
  sleep,
  startHarness,
  syncStates,
  timesSent,
  TIMEOUT_MS,
  TOKENS,
} from './harness';

describeEngines('a bad network', (engine) => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness({ engine });
  });

  afterEach(async () => {
    await harness.close();
  });

  describe('delivery through a bad network', () => {
    it('keeps the visits while the server is down and delivers them once it is up', async () => {
      const { proxy, server } = harness;
      await proxy.down();
      await checkIn(2);
      await checkIn();
      const tablet = harness.startTablet();

      await expect.poll(() => tablet.status.getStatus().lastError?.code).toBe('network');
      await sleep(150);
      expect(await syncStates()).toEqual({ pending: 4 });

      await proxy.up();
      await allDelivered();
      expect(await syncStates()).toEqual({ synced: 4 });
      expect(tablet.status.getStatus().lastError).toBeNull();
      await expectServerHoldsTablet(server);
    });

    it('tries again after a 500 and delivers on the 200', async () => {
      const { proxy, server } = harness;
      proxy.plan({ kind: 'status', status: 500 }, { kind: 'status', status: 503 });
      await checkIn(1);
      const tablet = harness.startTablet();

      await allDelivered();
      expect(proxy.posts.map((p) => p.status)).toEqual([500, 503, 200]);
      expect(tablet.problems).toEqual(['server', 'server']);
      expect(tablet.status.getStatus().lastSuccessAt).toEqual(expect.any(Number));
      await expectServerHoldsTablet(server);
    });

    it('sends again when the answer is lost after the server committed, without a duplicate', async () => {
      const { proxy, server } = harness;
      proxy.plan({ kind: 'drop-after-commit' });
      const visits = [...(await checkIn(2)), ...(await checkIn())];

      const tablet = harness.startTablet();
      await allDelivered();
      expect(tablet.problems).toEqual(['network']);
      expect(proxy.posts.map((p) => p.fault)).toEqual(['drop-after-commit', 'pass']);
      // The same visits went twice; the server kept them once.
      expect([...timesSent(proxy.posts).values()]).toEqual(visits.map(() => 2));
      expect(await serverVisits(server)).toHaveLength(visits.length);
      await expectServerHoldsTablet(server);
    });

    it('gives up on an answer slower than the timeout and sends again', async () => {
      const { proxy, server } = harness;
      proxy.plan({ kind: 'slow', ms: TIMEOUT_MS * 3 });
      await checkIn(3);
      const tablet = harness.startTablet();

      await allDelivered();
      expect(tablet.problems).toContain('timeout');
      expect(proxy.posts.length).toBeGreaterThanOrEqual(2);
      expect(proxy.posts[0]?.status).toBeNull();
      await expectServerHoldsTablet(server);
    });

    it('waits out a proxy’s 400 page on a one-visit batch instead of refusing the visit', async () => {
      const { proxy, server } = harness;
      proxy.plan({ kind: 'page', status: 400 });
      const [visit] = await checkIn();
      const tablet = harness.startTablet();

      await allDelivered();
      expect(tablet.problems).toEqual(['in-between']);
      expect(proxy.posts.map((p) => [p.fault, p.status])).toEqual([
        ['page', 400],
        ['pass', 200],
      ]);
      expect(await syncStates()).toEqual({ synced: 1 });
      expect((await serverVisits(server)).map((v) => v.id)).toEqual([visit?.id]);
      await expectServerHoldsTablet(server);
    });

    it('refuses nothing while a proxy answers every request with a 400 page, and delivers once it heals', async () => {
      const { proxy, server } = harness;
      const pages = Array.from({ length: 8 }, () => ({ kind: 'page', status: 400 }) as const);
      proxy.plan(...pages);
      for (let i = 0; i < 5; i += 1) await checkIn(i % 2);
      const tablet = harness.startTablet();

      await expect.poll(() => proxy.posts.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(8);
      // Every one of those went whole: a page from in between is no reason to split the batch.
      expect(proxy.posts.slice(0, 8).every((p) => p.ids.length === 7)).toBe(true);
      await allDelivered();
      expect(await syncStates()).toEqual({ synced: 7 });
      expect(new Set(tablet.problems)).toEqual(new Set(['in-between']));
      // The server holds each visit once; only the answered request reached it.
      expect(proxy.posts.filter((p) => p.fault === 'pass')).toHaveLength(1);
      await expectServerHoldsTablet(server);
    });

    it('pauses on 401 with the reason, drops nothing, and delivers once paired again', async () => {
      const { proxy, server } = harness;
      proxy.plan({ kind: 'status', status: 401 });
      await checkIn(1);
      const tablet = harness.startTablet({ pausedEveryMs: 60_000 });

      await expect.poll(() => tablet.status.getStatus().pausedWhy?.code).toBe('unauthorized');
      expect(tablet.status.getStatus().pausedWhy?.message).toMatch(/pair the tablet again/);
      await sleep(200);
      expect(proxy.posts).toHaveLength(1);
      expect(await syncStates()).toEqual({ pending: 2 });

      await savePairing({ endpoint: proxy.url, token: TOKENS.kiosk });
      harness.sync.afterPairing();
      await allDelivered();
      expect(tablet.status.getStatus().pausedWhy).toBeNull();
      await expectServerHoldsTablet(server);
    });

    it('pauses when the real server refuses a wrong token', async () => {
      const { proxy, server } = harness;
      await savePairing({ endpoint: proxy.url, token: 'a-token-from-another-server-0000' });
      await checkIn();
      const tablet = harness.startTablet({ pausedEveryMs: 60_000 });

      await expect.poll(() => tablet.status.getStatus().pausedWhy?.code).toBe('unauthorized');
      expect(proxy.posts.map((p) => p.status)).toEqual([401]);
      expect(await db.visits.count()).toBe(1);

      await savePairing({ endpoint: proxy.url, token: TOKENS.kiosk });
      harness.sync.afterPairing();
      await allDelivered();
      await expectServerHoldsTablet(server);
    });
  });
});
