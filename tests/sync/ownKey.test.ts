// A tablet paired with a key of its own, through the same faults as the shared kiosk token: it
// delivers every visit once, the server keeps its device id with each, and once a coordinator
// withdraws it, it keeps every visit it holds and sends nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  TOKENS,
} from './harness';

describeEngines('a key of its own', (engine) => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness({ ownKey: true, engine });
  });

  afterEach(async () => {
    await harness.close();
  });

  async function devices(): Promise<{ id: string; lastSeenAt: string | null }[]> {
    const response = await fetch(`${harness.server.url}/api/v1/devices`, {
      headers: { Authorization: `Bearer ${TOKENS.coordinator}` },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { devices: { id: string; lastSeenAt: string | null }[] })
      .devices;
  }

  describe('a tablet with a key of its own', () => {
    it('delivers through a lost answer once each, every visit kept with its device', async () => {
      const { proxy, server } = harness;
      const device = harness.device;
      expect(device).toMatch(/^[0-9a-f-]{36}$/);
      proxy.plan({ kind: 'drop-after-commit' });
      const visits = [...(await checkIn(2)), ...(await checkIn())];

      harness.startTablet();
      await allDelivered();
      expect([...timesSent(proxy.posts).values()]).toEqual(visits.map(() => 2));
      await expectServerHoldsTablet(server);
      expect((await serverVisits(server)).map((v) => v.device)).toEqual(visits.map(() => device));
      expect((await devices())[0]?.lastSeenAt).not.toBeNull();
    });

    it('once withdrawn, keeps every visit it holds and stores nothing more', async () => {
      const { proxy, server } = harness;
      const revoked = await fetch(`${server.url}/api/v1/devices/${harness.device}/revoke`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKENS.coordinator}` },
      });
      expect(revoked.status).toBe(200);
      await checkIn(1);

      harness.startTablet();
      await expect.poll(() => proxy.posts.map((p) => p.status)).toContain(401);
      await sleep(150);
      expect(await syncStates()).toEqual({ pending: 2 });
      expect(await serverVisits(server)).toEqual([]);
    });
  });
});
