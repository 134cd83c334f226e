import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckIn } from './checkins';
import { recordCheckIn, undoCheckIn } from './checkins';
import { db } from './db';
import { dayStats, partiesOn } from './stats';
import { settle } from '../../../tests/setup/outbox';

const DAY = '2026-11-23';

function party(at: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'TR',
    municipality: '165',
    adult: true,
    children: 0,
    at: new Date(at),
    ...overrides,
  };
}

const volunteer = (at: string): CheckIn =>
  party(at, { kind: 'volunteer', country: null, municipality: null });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('dayStats', () => {
  it('is all zeros and empty lists on a day without visits', async () => {
    expect(await dayStats(DAY)).toEqual({
      headcount: { visits: 0, adults: 0, children: 0, volunteers: 0 },
      byHour: [],
      byCountry: [],
      byMunicipality: [],
    });
  });

  it('counts visitors by hour, country and municipality; volunteers apart; voided left out', async () => {
    // 09:05 Turkey/Albertslund with 2 children; 09:50 Syria/København alone;
    // 11:20 not said / København with 1 child; 13:00 Syria/Albertslund, undone; a volunteer at 09:00.
    await recordCheckIn(party('2026-11-23T09:05:00+01:00', { children: 2 }));
    await recordCheckIn(party('2026-11-23T09:50:00+01:00', { country: 'SY', municipality: '101' }));
    await recordCheckIn(
      party('2026-11-23T11:20:00+01:00', { country: null, municipality: '101', children: 1 }),
    );
    const undone = party('2026-11-23T13:00:00+01:00', { country: 'SY', children: 3 });
    await recordCheckIn(undone);
    await undoCheckIn(undone.partyId);
    await recordCheckIn(volunteer('2026-11-23T09:00:00+01:00'));
    // Another day is not counted.
    await recordCheckIn(party('2026-11-24T09:00:00+01:00', { children: 4 }));

    const stats = await dayStats(DAY);

    expect(stats.headcount).toEqual({ visits: 6, adults: 3, children: 3, volunteers: 1 });
    expect(stats.byHour).toEqual([
      { hour: 9, visits: 4 },
      { hour: 11, visits: 2 },
    ]);
    expect(stats.byCountry).toEqual([
      { key: 'TR', visits: 3 },
      { key: null, visits: 2 },
      { key: 'SY', visits: 1 },
    ]);
    expect(stats.byMunicipality).toEqual([
      { key: '101', visits: 3 },
      { key: '165', visits: 3 },
    ]);
  });

  it('puts "not said" after a code with as many visits', async () => {
    await recordCheckIn(party('2026-11-23T10:00:00+01:00', { country: null }));
    await recordCheckIn(party('2026-11-23T10:00:00+01:00', { country: 'AF' }));

    expect((await dayStats(DAY)).byCountry).toEqual([
      { key: 'AF', visits: 1 },
      { key: null, visits: 1 },
    ]);
  });

  it('reckons hours in the centre’s time, summer and winter', async () => {
    await recordCheckIn(party('2026-06-24T00:10:00+02:00'));
    await recordCheckIn(party('2026-06-24T15:59:00+02:00'));

    expect((await dayStats('2026-06-24')).byHour).toEqual([
      { hour: 0, visits: 1 },
      { hour: 15, visits: 1 },
    ]);
  });
});

describe('partiesOn', () => {
  it('lists the day’s check-ins newest first, with party sizes and undone ones marked', async () => {
    const early = party('2026-11-23T09:05:00+01:00', { children: 2 });
    const childAlone = party('2026-11-23T10:40:00+01:00', {
      adult: false,
      children: 1,
      country: 'SO',
      municipality: null,
    });
    const late = party('2026-11-23T14:30:00+01:00', { country: 'UA', municipality: '101' });
    const helper = volunteer('2026-11-23T08:00:00+01:00');
    for (const checkIn of [early, childAlone, late, helper]) await recordCheckIn(checkIn);
    await undoCheckIn(childAlone.partyId);

    const parties = await partiesOn(DAY);

    expect(parties).toEqual([
      {
        partyId: late.partyId,
        visitedAt: '2026-11-23T14:30:00+01:00',
        kind: 'visitor',
        country: 'UA',
        municipality: '101',
        adults: 1,
        children: 0,
        voided: false,
        corrected: false,
        syncState: 'pending',
      },
      expect.objectContaining({
        partyId: childAlone.partyId,
        country: 'SO',
        municipality: null,
        adults: 0,
        children: 1,
        voided: true,
      }),
      expect.objectContaining({ partyId: early.partyId, adults: 1, children: 2, voided: false }),
      expect.objectContaining({
        partyId: helper.partyId,
        kind: 'volunteer',
        adults: 1,
        children: 0,
      }),
    ]);
    // Nothing was deleted: the undone party is still stored, visit by visit.
    expect(await db.visits.where('partyId').equals(childAlone.partyId).count()).toBe(1);
  });

  it('shows a party as synced only when all its visits are, and quarantined when any is', async () => {
    const synced = party('2026-11-23T09:00:00+01:00', { children: 1 });
    const halfway = party('2026-11-23T10:00:00+01:00', { children: 1 });
    const refused = party('2026-11-23T11:00:00+01:00', { children: 1 });
    for (const checkIn of [synced, halfway, refused]) await recordCheckIn(checkIn);
    const ids = async (partyId: string, ageGroup?: 'adult' | 'child') =>
      (await db.visits.where('partyId').equals(partyId).toArray())
        .filter((v) => ageGroup === undefined || v.ageGroup === ageGroup)
        .map((v) => v.id);
    const [refusedChild] = await ids(refused.partyId, 'child');
    await settle({
      stored: [...(await ids(synced.partyId)), ...(await ids(halfway.partyId, 'adult'))],
      refused: { [refusedChild ?? '']: 'conflict' },
    });

    const states = Object.fromEntries((await partiesOn(DAY)).map((p) => [p.partyId, p.syncState]));

    expect(states).toEqual({
      [synced.partyId]: 'synced',
      [halfway.partyId]: 'pending',
      [refused.partyId]: 'quarantined',
    });
  });

  it('orders check-ins in the same quarter hour by when they were recorded', async () => {
    const first = party('2026-11-23T09:01:00+01:00');
    const second = party('2026-11-23T09:02:00+01:00');
    await recordCheckIn(first);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordCheckIn(second);

    expect((await partiesOn(DAY)).map((p) => p.partyId)).toEqual([second.partyId, first.partyId]);
  });
});
