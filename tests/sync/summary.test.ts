// The staff view's sync receipt against the real server: once the tablet's visits are delivered,
// the server's summary of the day agrees with the tablet's own figures, for this tablet and in all,
// after a rename and beside another tablet of the same name; and when the server is out of reach or
// refuses the token, the summary says so instead of failing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordCheckIn, undoCheckIn } from '../../src/app/data/checkins';
import type { CheckIn } from '../../src/app/data/checkins';
import { getDeviceId, setDeviceId } from '../../src/app/data/device';
import { dayStats } from '../../src/app/data/stats';
import { knownSyncDevice, savePairing } from '../../src/app/data/syncSettings';
import { ownVisits } from '../../src/app/sync/ownRows';
import { fetchServerSummary } from '../../src/app/sync/summary';
import { localDate, toQuarterHour } from '../../src/shared/time';
import type { Harness } from './harness';
import { describeEngines } from '../../src/server/testing/engines';
import { allDelivered, serverVisits, startHarness, syncStates, TOKENS } from './harness';
import { db } from '../../src/app/data/db';

describeEngines('the summary', (engine) => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness({ engine });
  });

  afterEach(async () => {
    await harness.close();
  });

  // An hour ago: the server refuses visits from the future, and the day is the day of that hour.
  const AT = new Date(Date.now() - 60 * 60_000);
  const DAY = localDate(AT);

  function party(overrides: Partial<CheckIn> = {}): CheckIn {
    return {
      partyId: crypto.randomUUID(),
      kind: 'visitor',
      country: 'IQ',
      municipality: '101',
      adult: true,
      children: 0,
      at: AT,
      ...overrides,
    };
  }

  describe('fetchServerSummary against the server', () => {
    it('gives the day’s figures the tablet has, once its visits are delivered', async () => {
      await recordCheckIn(party({ children: 2 }));
      await recordCheckIn(party({ country: 'SO', municipality: '165' }));
      await recordCheckIn(party({ country: null, municipality: null, children: 1 }));
      const mistap = party({ country: 'UA', children: 3 });
      await recordCheckIn(mistap);
      await undoCheckIn(mistap.partyId);
      await recordCheckIn(party({ kind: 'volunteer', country: null, municipality: null }));
      harness.startTablet();
      await allDelivered();

      const result = await fetchServerSummary(DAY);
      const tablet = await dayStats(DAY);

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { summary } = result;
      expect(summary).toMatchObject({
        date: DAY,
        visits: 6,
        adults: 3,
        children: 3,
        volunteers: 1,
      });
      expect({
        visits: summary.visits,
        adults: summary.adults,
        children: summary.children,
        volunteers: summary.volunteers,
      }).toEqual(tablet.headcount);
      expect(summary.byHour).toEqual(tablet.byHour);
      expect(summary.byCountry).toEqual(tablet.byCountry);
      expect(summary.byMunicipality).toEqual(tablet.byMunicipality);
      expect(summary.devices).toEqual([
        {
          deviceId: await getDeviceId(),
          device: await knownSyncDevice(),
          visits: 6,
          lastSeenAt: expect.any(String),
        },
      ]);
    });

    it('follows the tablet across a rename, and keeps another tablet of the same name apart', async () => {
      const { server } = harness;
      // Read now: after the first delivery the tablet knows the server's clock, and takes a reading
      // from before it for a clock gone back (stampOf), which an hour ago near midnight is another day.
      const at = new Date();
      await setDeviceId('door-1');
      await recordCheckIn(party({ children: 1, at }));
      const tablet = harness.startTablet();
      await allDelivered();

      await setDeviceId('entrance');
      await recordCheckIn(party({ at }));
      harness.sync.request();
      await allDelivered();
      // Another tablet named "entrance" too, with three visits of its own.
      const othersVisits = Array.from({ length: 3 }, () => ({
        id: crypto.randomUUID(),
        visitedAt: toQuarterHour(at),
        country: 'SY',
        municipality: '101',
        ageGroup: 'adult',
        partyId: crypto.randomUUID(),
        deviceId: 'entrance',
        voided: false,
        kind: 'visitor',
      }));
      const other = await fetch(`${server.url}/api/v1/visits`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKENS.kiosk}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ device: crypto.randomUUID(), visits: othersVisits }),
      });
      expect(other.status).toBe(200);

      const result = await fetchServerSummary(localDate(at));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const self = { name: await getDeviceId(), device: await knownSyncDevice() };
      const tabletVisits = (await dayStats(result.summary.date)).headcount.visits;
      // What the receipt sets side by side: this tablet 3, server 3, not 1 (by the new name alone)
      // nor 4 (with the other tablet's).
      expect(tabletVisits).toBe(3);
      expect(ownVisits(result.summary, self)).toBe(3);
      expect(result.summary.visits).toBe(6);
      await tablet.stop();
      // Server = tablet, once each, beside the other tablet's three.
      const others = new Set<string>(othersVisits.map((v) => v.id));
      const held = (await serverVisits(server)).filter((v) => !others.has(v.id));
      expect(held.map((v) => v.id).sort()).toEqual(
        (await db.visits.toCollection().primaryKeys()).sort(),
      );
      expect(await syncStates()).toEqual({ synced: 3 });
    });

    it('says the server cannot be reached while it is down, and has figures again once it is up', async () => {
      await harness.proxy.down();

      expect(await fetchServerSummary(DAY)).toMatchObject({ ok: false, problem: 'network' });

      await harness.proxy.up();
      expect(await fetchServerSummary(DAY)).toMatchObject({
        ok: true,
        summary: { date: DAY, visits: 0, devices: [] },
      });
    });

    it('says the token was not accepted', async () => {
      await savePairing({ endpoint: harness.server.url, token: 'not-the-kiosk-token' });

      expect(await fetchServerSummary(DAY)).toMatchObject({ ok: false, problem: 'unauthorized' });
    });
  });
});
