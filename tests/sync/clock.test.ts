// The centre's clock between the tablet and the real server: the tablet takes the centre's zone from
// its server, notices its own clock a year behind, a day ahead or reset by a flat battery, never
// refuses a check-in for it, and sends again by itself a visit the server refused only for lying
// ahead of its clock. The tablet's clock is set with fake timers and read at each check-in as the
// kiosk reads it at the tap, while the server keeps the machine's own clock unless a scenario gives
// it one. Every scenario ends with the server holding the tablet's visits once each.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckIn } from '../../src/app/data/checkins';
import { recordCheckIn } from '../../src/app/data/checkins';
import { db } from '../../src/app/data/db';
import { outboxState } from '../../src/app/data/outbox';
import { dayStats } from '../../src/app/data/stats';
import { centreTimeZone, knownSyncDevice, recordClockCheck } from '../../src/app/data/syncSettings';
import { clockOffsetMs } from '../../src/app/sync/clock';
import { ownVisits } from '../../src/app/sync/ownRows';
import { fetchServerSummary } from '../../src/app/sync/summary';
import { localDate, localParts } from '../../src/shared/time';
import { clockProblem } from '../../src/app/ui/staff/clock/clockDifference';
import type { Harness, HarnessOptions } from './harness';
import { describeEngines } from '../../src/server/testing/engines';
import {
  allDelivered,
  expectServerHoldsTablet,
  serverVisits,
  sleep,
  startHarness,
  syncStates,
} from './harness';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const YEAR = 365 * DAY;

describeEngines('clocks and zones', (engine) => {
  let harness: Harness;

  /** The machine's clock, which fake timers for the tablet's Date leave alone. */
  const realNow = () => performance.timeOrigin + performance.now();
  const realClock = () => new Date(realNow());

  async function start(options: HarnessOptions = {}): Promise<Harness> {
    harness = await startHarness({ ...options, engine });
    return harness;
  }

  afterEach(async () => {
    vi.useRealTimers();
    await harness.close();
  });

  /** A check-in of a woman and her child at the tablet's clock, as the kiosk records it. */
  function party(): CheckIn {
    return {
      partyId: crypto.randomUUID(),
      kind: 'visitor',
      country: 'ER',
      municipality: '101',
      adult: true,
      children: 1,
      at: new Date(),
    };
  }

  /** The tablet's clock from now on reads `at` (and stands still there). */
  function setTabletClock(at: number): void {
    vi.useFakeTimers({ now: at, toFake: ['Date'] });
  }

  /** The server's count of the tablet's visits on its own today, as the receipt reads it. */
  async function receipt(): Promise<{ date: string; server: number; tablet: number }> {
    const result = await fetchServerSummary();
    if (!result.ok) throw new Error(result.message);
    const self = { name: null, device: await knownSyncDevice() };
    return {
      date: result.summary.date,
      server: ownVisits(result.summary, self),
      tablet: (await dayStats(result.summary.date)).headcount.visits,
    };
  }

  describe('the centre’s time zone', () => {
    it('counts a 00:15 visit on the same day on the tablet and on the server', async () => {
      const zone = 'America/New_York';
      // Yesterday at 00:15 in New York (05:15 or 06:15 in Copenhagen, the same date there), on the
      // tablet's clock and the server's alike.
      const base = Date.now() - DAY;
      const local = localParts(new Date(base), zone);
      const at =
        Math.floor(base / MINUTE) * MINUTE - (local.hour * 60 + local.minute - 15) * MINUTE;
      const day = localDate(new Date(at), zone);
      setTabletClock(at + 20_000);
      const { server } = await start({ timeZone: zone });
      // One visit recorded before the tablet heard of the zone, one after.
      await recordCheckIn(party());

      harness.startTablet();
      await expect.poll(centreTimeZone).toBe(zone);
      const [later] = await recordCheckIn(party());
      harness.sync.request();
      await allDelivered();

      expect(later?.visitedAt).toMatch(new RegExp(`^${day}T00:15:00-0[45]:00$`));
      expect((await dayStats(day)).headcount.visits).toBe(4);
      const summary = await fetchServerSummary(day);
      expect(summary).toMatchObject({ ok: true, summary: { date: day, visits: 4 } });
      await expectServerHoldsTablet(server);
    });
  });

  describe('a wrong clock on the tablet', () => {
    it('dates visits by the server’s clock while the tablet’s is a year behind, and says so', async () => {
      const { server } = await start({ now: realClock });
      setTabletClock(realNow() - YEAR);
      const tablet = harness.startTablet();
      await expect.poll(() => tablet.status.getStatus().clock).not.toBeNull();
      const check = tablet.status.getStatus().clock;
      if (check === null) throw new Error('No clock check.');
      expect(clockOffsetMs(check)).toBeLessThan(-YEAR + MINUTE);
      // What the staff notice says.
      expect(clockProblem(Date.now(), check)).toMatchObject({ kind: 'behind' });

      const [visit] = await recordCheckIn(party());
      harness.sync.request();
      await allDelivered();
      vi.useRealTimers();

      const today = localDate(new Date());
      expect(visit?.visitedAt.slice(0, 10)).toBe(today);
      // The receipt asks about the server's today, not the tablet's a year back, and they agree.
      expect(await receipt()).toEqual({ date: today, server: 2, tablet: 2 });
      expect((await serverVisits(server)).map((v) => v.visitedAt.slice(0, 10))).toEqual([
        today,
        today,
      ]);
      await expectServerHoldsTablet(server);
    });

    it('keeps check-ins on a clock reset to 1970 by a flat battery, and dates them sensibly', async () => {
      const { proxy, server } = await start({ now: realClock });
      // In touch with the server this morning; then the clock battery went flat.
      const lastAnswer = realNow() - 3 * 60 * MINUTE;
      await recordClockCheck({ tabletAt: lastAnswer, serverAt: lastAnswer });
      await proxy.down();
      setTabletClock(Date.parse('1970-01-01T00:00:00Z'));

      // Offline: the check-in is kept, dated the last moment the tablet knows has passed.
      const [offline] = await recordCheckIn(party());
      expect(offline?.visitedAt.slice(0, 10)).toBe(localDate(new Date(lastAnswer)));
      expect(Date.parse(offline?.visitedAt ?? '')).toBeGreaterThan(lastAnswer - 15 * MINUTE);
      expect(
        clockProblem(Date.now(), { tabletAt: lastAnswer, serverAt: lastAnswer }),
      ).toMatchObject({
        kind: 'stopped',
      });

      const tablet = harness.startTablet();
      await sleep(100);
      await proxy.up();
      await allDelivered();
      await expect
        .poll(() => tablet.status.getStatus().clock?.serverAt ?? 0)
        .toBeGreaterThan(lastAnswer);

      // Back in touch: the next check-in is dated by the server's clock.
      const [online] = await recordCheckIn(party());
      harness.sync.request();
      await allDelivered();
      vi.useRealTimers();
      expect(Math.abs(Date.parse(online?.visitedAt ?? '') - Date.now())).toBeLessThan(16 * MINUTE);
      expect(await syncStates()).toEqual({ synced: 4 });
      await expectServerHoldsTablet(server);
    });

    it('sends again by itself a visit refused for lying ahead, once the server’s clock reaches it', async () => {
      // The tablet's clock runs three days ahead of the server's.
      let serverBehind = 3 * DAY;
      const { proxy, server } = await start({ now: () => new Date(Date.now() - serverBehind) });
      await proxy.down();
      // Recorded offline, before the tablet could know.
      const [visit] = await recordCheckIn(party());
      const tablet = harness.startTablet({ clockEveryMs: 150 });
      await sleep(100);
      await proxy.up();

      await expect.poll(async () => (await syncStates()).quarantined).toBe(2);
      expect((await outboxState()).quarantinedVisits[0]?.reason).toMatch(
        /more than one day after the server's clock/,
      );
      const check = tablet.status.getStatus().clock;
      expect(check !== null && clockProblem(Date.now(), check)).toMatchObject({ kind: 'ahead' });
      await sleep(400);
      expect(await syncStates()).toEqual({ quarantined: 2 });

      // Three days later on the server (or its clock put right): the visits go again by themselves.
      serverBehind = 0;
      await expect.poll(async () => (await syncStates()).synced, { timeout: 5_000 }).toBe(2);
      expect((await serverVisits(server)).map((v) => v.id)).toContain(visit?.id);
      expect(await db.visits.count()).toBe(2);
      await expectServerHoldsTablet(server);
    });
  });
});
