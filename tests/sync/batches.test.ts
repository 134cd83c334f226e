// What is in the outbox: a visit the server cannot take among good ones, more visits than one
// request carries, and a disk too full to write anything beside the outbox.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate, toQuarterHour } from '../../src/shared/time';
import type { StoredVisit } from '../../src/app/data/db';
import { db } from '../../src/app/data/db';
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
} from './harness';
import { failSettingsWrites } from '../setup/outbox';
import { getSyncSettings } from '../../src/app/data/syncSettings';
import { enqueue, outboxState } from '../../src/app/data/outbox';

describeEngines('batches', (engine) => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness({ engine });
  });

  afterEach(async () => {
    await harness.close();
  });

  function storedVisit(recordedAt: number, changes: Partial<StoredVisit> = {}): StoredVisit {
    const visitedAt = toQuarterHour(new Date(Date.now() - 2 * 60 * 60_000));
    return {
      id: crypto.randomUUID(),
      visitedAt,
      country: 'UA',
      municipality: '147',
      ageGroup: 'adult',
      partyId: crypto.randomUUID(),
      deviceId: 'door-1',
      voided: false,
      kind: 'visitor',
      localDate: localDate(visitedAt),
      recordedAt,
      ...changes,
    };
  }

  describe('what the outbox holds', () => {
    it('quarantines a visit the server rejects, with the reason, and delivers the others', async () => {
      const { proxy, server } = harness;
      await checkIn(1);
      // Written past recordCheckIn's checks, as a bug or an old version of the app might have.
      const poison = storedVisit(Date.now(), { municipality: '999' });
      await db.transaction('rw', db.visits, db.outbox, async () => {
        await db.visits.put(poison);
        await enqueue([poison]);
      });
      await checkIn(2);
      const tablet = harness.startTablet();

      await allDelivered();
      expect(await syncStates()).toEqual({ synced: 5, quarantined: 1 });
      const { quarantinedVisits } = await outboxState();
      expect(quarantinedVisits.map((v) => v.id)).toEqual([poison.id]);
      expect(quarantinedVisits[0]?.reason).toMatch(/municipality/);
      expect((await serverVisits(server)).map((v) => v.id)).not.toContain(poison.id);
      await expect.poll(() => tablet.status.getStatus().quarantined).toBe(1);
      expect(tablet.status.getStatus().quarantinedVisits).toEqual([
        expect.objectContaining({ id: poison.id, reason: expect.stringMatching(/municipality/) }),
      ]);
      // Never sent blindly again.
      const posts = proxy.posts.length;
      await checkIn();
      harness.sync.request();
      await allDelivered();
      expect(proxy.posts.slice(posts).flatMap((p) => p.ids)).not.toContain(poison.id);
      await expectServerHoldsTablet(server);
    });

    it('sends more than 500 pending visits in batches of at most 500, oldest first', async () => {
      const { proxy, server } = harness;
      const recordedAt = Array.from({ length: 1203 }, (_, i) => 1_700_000_000_000 + i * 7);
      const visits = recordedAt.map((at) => storedVisit(at));
      // Stored out of order, so the order sent comes from the outbox and not from the visits' ids.
      const byId = [...visits].sort((a, b) => a.id.localeCompare(b.id));
      await db.transaction('rw', db.visits, db.outbox, async () => {
        await db.visits.bulkPut(byId);
        await enqueue(visits);
      });
      harness.startTablet();

      await allDelivered(15_000);
      expect(proxy.posts.map((p) => p.ids.length)).toEqual([500, 500, 203]);
      const at = new Map(visits.map((v) => [v.id, v.recordedAt]));
      const sentOrder = proxy.posts.flatMap((p) => p.ids).map((id) => at.get(id));
      expect(sentOrder).toEqual(recordedAt);
      expect(await serverVisits(server)).toHaveLength(1203);
      await expectServerHoldsTablet(server);
    });

    it('drains the outbox while the disk is too full to write a setting, sending each visit once', async () => {
      const { proxy, server } = harness;
      for (let i = 0; i < 4; i += 1) await checkIn(i % 3);
      const restore = failSettingsWrites();
      try {
        const tablet = harness.startTablet({ batchSize: 3 });

        await allDelivered();
        // Each batch left the outbox on its answer: none went twice, and nothing else is failing.
        await sleep(300);
        expect([...timesSent(proxy.posts).values()].every((times) => times === 1)).toBe(true);
        expect(proxy.posts.map((p) => p.ids.length)).toEqual([3, 3, 1]);
        expect(await syncStates()).toEqual({ synced: 7 });
        expect(tablet.status.getStatus().lastError).toBeNull();
        expect(tablet.status.getStatus().lastSuccessAt).toEqual(expect.any(Number));
        // The note of the last success is what the full disk refused.
        expect((await getSyncSettings()).lastSuccessAt).toBeNull();
      } finally {
        restore();
      }
      await expectServerHoldsTablet(server);
    });
  });
});
