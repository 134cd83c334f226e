// A day's check-ins once recorded: undo voids a whole party and queues the voids for sync, and
// visitsOn and the headcount count each visit on its local date in Copenhagen. Recording is in
// checkins.record.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { recordCheckIn, undoCheckIn, visitsOn } from './checkins';
import { db } from './db';
import { nextBatch } from './outbox';
import { checkIn, headcount } from '../../../tests/setup/checkins';
import { settle, syncStateCounts } from '../../../tests/setup/outbox';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('undoCheckIn', () => {
  it('voids every visit of the party, marks them for sync, and the headcount drops', async () => {
    const party = checkIn({ children: 2 });
    await recordCheckIn(party);
    await recordCheckIn(checkIn({ country: 'SY' }));
    // As if the party had already reached the endpoint: the void must be sent too.
    const sent = await db.visits.where('partyId').equals(party.partyId).primaryKeys();
    await settle({ stored: sent });
    expect(await syncStateCounts()).toEqual({ pending: 1, synced: 3 });

    expect(await undoCheckIn(party.partyId)).toBe(3);

    const stored = await db.visits.where('partyId').equals(party.partyId).toArray();
    expect(stored).toHaveLength(3);
    expect(stored.every((v) => v.voided)).toBe(true);
    expect(await syncStateCounts()).toEqual({ pending: 4 });
    // Only the voided records are queued: the tablet never sends the withdrawn visits as they were.
    const queued = (await nextBatch()).map(({ visit }) => visit);
    expect(queued.filter((v) => v.partyId === party.partyId && v.voided)).toHaveLength(3);
    expect(queued).toHaveLength(4);
    expect(await headcount('2026-11-23')).toEqual({
      visits: 1,
      adults: 1,
      children: 0,
      volunteers: 0,
    });
    expect(await db.visits.count()).toBe(4);
  });

  it('changes nothing the second time, or for an unknown party', async () => {
    const party = checkIn({ children: 1 });
    await recordCheckIn(party);

    expect(await undoCheckIn(party.partyId)).toBe(2);
    expect(await undoCheckIn(party.partyId)).toBe(0);
    expect(await undoCheckIn(crypto.randomUUID())).toBe(0);
  });

  it('does not bring a party back when its confirm is repeated after undo', async () => {
    const party = checkIn();
    await recordCheckIn(party);
    await undoCheckIn(party.partyId);

    const again = await recordCheckIn(party);
    expect(again[0]?.voided).toBe(true);
    expect(await headcount('2026-11-23')).toEqual({
      visits: 0,
      adults: 0,
      children: 0,
      volunteers: 0,
    });
  });
});

describe('visitsOn and the day’s headcount', () => {
  it('count a visit for its local date in Copenhagen, not the UTC date', async () => {
    // 23:50 in winter is 22:50 UTC; 00:10 in summer is still the evening before in UTC.
    await recordCheckIn(checkIn({ at: new Date('2026-11-23T23:50:00+01:00') }));
    await recordCheckIn(checkIn({ at: new Date('2026-06-24T00:10:00+02:00'), children: 1 }));

    const late = await visitsOn('2026-11-23');
    expect(late.map((v) => v.visitedAt)).toEqual(['2026-11-23T23:45:00+01:00']);
    expect(await visitsOn('2026-11-24')).toEqual([]);

    expect(await headcount('2026-06-24')).toEqual({
      visits: 2,
      adults: 1,
      children: 1,
      volunteers: 0,
    });
    expect(await headcount('2026-06-23')).toEqual({
      visits: 0,
      adults: 0,
      children: 0,
      volunteers: 0,
    });
  });

  it('list a day in time order, leaving withdrawn visits out unless asked', async () => {
    const late = checkIn({ at: new Date('2026-11-23T15:05:00+01:00') });
    const early = checkIn({ at: new Date('2026-11-23T08:40:00+01:00') });
    await recordCheckIn(late);
    await recordCheckIn(early);
    await undoCheckIn(early.partyId);

    expect((await visitsOn('2026-11-23')).map((v) => v.visitedAt)).toEqual([
      '2026-11-23T15:00:00+01:00',
    ]);
    const all = await visitsOn('2026-11-23', { includeVoided: true });
    expect(all.map((v) => [v.visitedAt, v.voided])).toEqual([
      ['2026-11-23T08:30:00+01:00', true],
      ['2026-11-23T15:00:00+01:00', false],
    ]);
  });

  it('refuse a day not written YYYY-MM-DD', async () => {
    await expect(visitsOn('23-11-2026')).rejects.toThrow(/YYYY-MM-DD/);
  });
});
