// What happens on the tablet while a delivery is under way: two tabs at once, a restart mid-request,
// and staff withdrawing a visit before and after it reached the server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undoCheckIn } from '../../src/app/data/checkins';
import { db } from '../../src/app/data/db';
import { IN_FLIGHT } from '../../src/app/sync/delivery';
import { memoryLock } from '../../src/app/sync/lock';
import type { SyncLock } from '../../src/app/sync/lock';
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
} from './harness';

describeEngines('the tablet', (engine) => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness({ engine });
  });

  afterEach(async () => {
    await harness.close();
  });

  describe('the tablet during a delivery', () => {
    it('lets only one of two tabs deliver at a time; the server sees each visit once', async () => {
      const { proxy, server } = harness;
      proxy.delayMs = 40;
      const shared = memoryLock();
      let turnedAway = 0;
      const lock: SyncLock = {
        async ifAvailable(task) {
          const outcome = await shared.ifAvailable(task);
          if (!outcome.ran) turnedAway += 1;
          return outcome;
        },
      };
      await checkIn(2);
      // A generous timeout: what is checked is the lock, and a request given up on a loaded machine
      // is rightly sent again.
      harness.startTablet({ lock, timeoutMs: 10 * TIMEOUT_MS });
      harness.startTablet({ lock, timeoutMs: 10 * TIMEOUT_MS });

      // Check-ins keep coming in while both tabs are running.
      for (let i = 0; i < 6; i += 1) {
        await checkIn(i % 3);
        harness.sync.request();
        await sleep(25);
      }
      await allDelivered();
      expect(turnedAway).toBeGreaterThan(0);
      // One tab's batches on their way together, never two tabs' (each visit is sent once).
      expect(proxy.maxInFlight).toBeLessThanOrEqual(IN_FLIGHT);
      const sent = timesSent(proxy.posts);
      expect(sent.size).toBe(await db.visits.count());
      expect([...sent.values()].every((times) => times === 1)).toBe(true);
      await expectServerHoldsTablet(server);
    });

    it('sends again after a restart in the middle of a request, without a duplicate', async () => {
      const { proxy, server } = harness;
      proxy.plan({ kind: 'slow', ms: TIMEOUT_MS / 2 });
      const visits = await checkIn(3);
      const first = harness.startTablet();
      await expect.poll(() => proxy.inFlight).toBe(1);

      await first.stop();
      expect(await syncStates()).toEqual({ pending: 4 });

      harness.startTablet();
      await allDelivered();
      expect(proxy.posts).toHaveLength(2);
      expect([...timesSent(proxy.posts).values()]).toEqual(visits.map(() => 2));
      await expectServerHoldsTablet(server);
    });

    it('sends a void made after the visit reached the server', async () => {
      const { server } = harness;
      const [woman] = await checkIn(1);
      harness.startTablet();
      await allDelivered();
      expect((await serverVisits(server)).map((v) => v.voided)).toEqual([false, false]);

      await undoCheckIn(woman?.partyId ?? '');
      harness.sync.request();
      await allDelivered();
      expect(await syncStates()).toEqual({ synced: 2 });
      expect((await serverVisits(server)).map((v) => v.voided)).toEqual([true, true]);
      await expectServerHoldsTablet(server);
    });

    it('keeps a visit voided while its request was in flight pending, and sends the void next', async () => {
      const { proxy, server } = harness;
      const [woman] = await checkIn();
      let undone = false;
      proxy.beforeForward = async () => {
        if (undone) return;
        undone = true;
        await undoCheckIn(woman?.partyId ?? '');
      };
      harness.startTablet();

      await allDelivered();
      expect(proxy.posts.map((p) => p.voided)).toEqual([[false], [true]]);
      expect(await db.visits.get(woman?.id ?? '')).toMatchObject({ voided: true });
      expect(await syncStates()).toEqual({ synced: 1 });
      await expectServerHoldsTablet(server);
    });
  });
});
