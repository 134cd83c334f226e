// A check-in and the centre's clock: the day and quarter hour a visit is recorded with follow the
// zone the server gave and the server's clock when the tablet's is plainly wrong, and a clock that
// reads a time that cannot be (a flat clock battery) never refuses a check-in. The tablet's clock is
// set with fake timers, or given as the kiosk gives it, read at the tap.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Visit } from '../../shared/visit';
import type { CheckIn } from './checkins';
import { recordCheckIn } from './checkins';
import { db } from './db';
import { adoptCentreTimeZone, recordClockCheck } from './syncSettings';
import { checkIn, headcount } from '../../../tests/setup/checkins';

const DAY_MS = 24 * 60 * 60_000;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A check-in as the kiosk records it, with the tablet's clock reading `clock`. */
function checkInAt(clock: Date | number, overrides: Partial<CheckIn> = {}): Promise<Visit[]> {
  vi.useFakeTimers({ now: clock, toFake: ['Date'] });
  return recordCheckIn(checkIn({ ...overrides, at: undefined }));
}

describe('recordCheckIn and the clock', () => {
  it('keeps a check-in when the clock reads before 2000, dated the earliest day it may be', async () => {
    const [visit] = await checkInAt(new Date('1970-01-01T00:05:00Z'));
    expect(visit?.visitedAt).toBe('2000-01-02T01:00:00+01:00');
    expect(await db.visits.count()).toBe(1);
  });

  it('dates it at the server’s last answer when the clock has gone back since', async () => {
    const answered = Date.parse('2026-11-23T09:40:00+01:00');
    await recordClockCheck({ tabletAt: answered, serverAt: answered });
    const [visit] = await checkInAt(new Date('2000-01-01T00:03:00Z'));
    expect(visit?.visitedAt).toBe('2026-11-23T09:30:00+01:00');
  });

  it('dates it by the server’s clock while the last check found the tablet’s a year behind', async () => {
    const server = Date.parse('2026-11-23T09:00:00+01:00');
    const tablet = server - 365 * DAY_MS;
    await recordClockCheck({ tabletAt: tablet, serverAt: server });
    // Twenty minutes later by the tablet's clock.
    const [visit] = await checkInAt(tablet + 20 * 60_000);
    expect(visit?.visitedAt).toBe('2026-11-23T09:15:00+01:00');
    expect(await headcount('2026-11-23')).toMatchObject({ visits: 1 });
  });

  it('takes the tablet’s clock as it is once it has been put right', async () => {
    const server = Date.parse('2026-11-23T09:00:00+01:00');
    await recordClockCheck({ tabletAt: server - 365 * DAY_MS, serverAt: server });
    // Set right by hand: the tablet's clock jumped a year since the check.
    const [visit] = await checkInAt(server + 60 * 60_000);
    expect(visit?.visitedAt).toBe('2026-11-23T10:00:00+01:00');
  });

  it('leaves the clock alone when the check found it only a minute off', async () => {
    const at = new Date('2026-11-23T09:29:30+01:00');
    await recordClockCheck({ tabletAt: at.getTime(), serverAt: at.getTime() + 60_000 });
    const [visit] = await checkInAt(at);
    expect(visit?.visitedAt).toBe('2026-11-23T09:15:00+01:00');
  });

  it('puts right the time the kiosk read at the tap, as a reading of the same clock', async () => {
    const server = Date.parse('2026-11-23T09:00:00+01:00');
    await recordClockCheck({ tabletAt: server - 365 * DAY_MS, serverAt: server });
    const tapped = new Date(server - 365 * DAY_MS + 40 * 60_000);
    const [visit] = await recordCheckIn(checkIn({ at: tapped }));
    expect(visit?.visitedAt).toBe('2026-11-23T09:30:00+01:00');
  });
});

describe('the centre’s time zone from its server', () => {
  it('counts a 00:15 visit on the centre’s own day, and counts the stored days again', async () => {
    // 05:15 UTC on the 24th: 06:15 in Copenhagen, 00:15 in New York.
    const at = new Date('2026-11-24T05:15:00Z');
    await recordCheckIn(checkIn({ at }));
    expect(await headcount('2026-11-24')).toMatchObject({ visits: 1 });

    expect(await adoptCentreTimeZone('America/New_York')).toBe(true);
    expect(await headcount('2026-11-24')).toMatchObject({ visits: 1 });
    // 23:45 on the 23rd in New York is the 24th in Copenhagen; it counts on the 23rd now.
    const [late] = await recordCheckIn(checkIn({ at: new Date('2026-11-24T04:45:00Z') }));
    expect(late?.visitedAt).toBe('2026-11-23T23:45:00-05:00');
    expect(await headcount('2026-11-23')).toMatchObject({ visits: 1 });
    expect(await adoptCentreTimeZone('America/New_York')).toBe(false);
  });

  it('moves the stored visits to the day they have in the centre’s zone', async () => {
    // 00:15 on the 24th in Copenhagen is still the 23rd in New York.
    await recordCheckIn(checkIn({ at: new Date('2026-11-23T23:15:00Z') }));
    expect(await headcount('2026-11-24')).toMatchObject({ visits: 1 });

    await adoptCentreTimeZone('America/New_York');
    expect(await headcount('2026-11-24')).toMatchObject({ visits: 0 });
    expect(await headcount('2026-11-23')).toMatchObject({ visits: 1 });
  });

  it('refuses a zone the tablet does not know, changing nothing', async () => {
    await expect(adoptCentreTimeZone('Mars/Olympus')).rejects.toThrow(/time zone/);
  });
});
