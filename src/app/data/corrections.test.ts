// Correcting a check-in: voids and new visits of the same party, never a rewrite, queued for the
// endpoint; the day's list and headcount show the answers as they now stand; a double tap changes
// nothing twice.
import { beforeEach, describe, expect, it } from 'vitest';
import { checkIn, headcount } from '../../../tests/setup/checkins';
import { recordCheckIn, undoCheckIn } from './checkins';
import { correctCheckIn } from './corrections';
import { db } from './db';
import { nextBatch } from './outbox';
import { dayStats, partiesOn } from './stats';

const DAY = '2026-11-23';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function partyVisits(partyId: string) {
  return db.visits.where('partyId').equals(partyId).toArray();
}

describe('correctCheckIn', () => {
  it('voids one child’s visit when she came with one child fewer, and keeps the rest', async () => {
    const party = checkIn({ children: 3 });
    const before = await recordCheckIn(party);
    expect((await headcount(DAY)).visits).toBe(4);

    const result = await correctCheckIn({ ...party, children: 2 });
    expect(result).toEqual({ voided: 1, added: 0 });
    const stored = await partyVisits(party.partyId);
    expect(stored).toHaveLength(4);
    expect(stored.filter((visit) => visit.voided)).toHaveLength(1);
    // Nothing was rewritten but the void itself.
    for (const visit of stored.filter((v) => !v.voided))
      expect(before.map((v) => v.id)).toContain(visit.id);
    expect((await headcount(DAY)).visits).toBe(3);
  });

  it('adds a child’s visit to the same party, quarter hour and tablet name', async () => {
    const party = checkIn({ children: 0 });
    const [woman] = await recordCheckIn(party);
    const result = await correctCheckIn({ ...party, children: 1 });
    expect(result).toEqual({ voided: 0, added: 1 });
    const child = (await partyVisits(party.partyId)).find((visit) => visit.ageGroup === 'child');
    expect(child).toMatchObject({
      partyId: party.partyId,
      visitedAt: woman?.visitedAt,
      deviceId: woman?.deviceId,
      country: 'TR',
      municipality: '165',
      voided: false,
      localDate: DAY,
    });
  });

  it('records the party anew under another country, the old visits voided and sent again', async () => {
    const party = checkIn({ children: 1 });
    await recordCheckIn(party);
    // The first check-in has reached the server.
    await db.outbox.clear();

    const result = await correctCheckIn({ ...party, country: 'SY' });
    expect(result).toEqual({ voided: 2, added: 2 });
    const outgoing = (await nextBatch()).map((row) => row.visit);
    expect(outgoing).toHaveLength(4);
    expect(outgoing.filter((visit) => visit.voided).map((visit) => visit.country)).toEqual([
      'TR',
      'TR',
    ]);
    expect(outgoing.filter((visit) => !visit.voided).map((visit) => visit.country)).toEqual([
      'SY',
      'SY',
    ]);
    const stats = await dayStats(DAY);
    expect(stats.byCountry).toEqual([{ key: 'SY', visits: 2 }]);
    const [shown] = await partiesOn(DAY);
    expect(shown).toMatchObject({
      country: 'SY',
      adults: 1,
      children: 1,
      voided: false,
      corrected: true,
    });
  });

  it('changes nothing the second time the same correction comes (a double tap)', async () => {
    const party = checkIn({ children: 2 });
    await recordCheckIn(party);
    const correction = { ...party, municipality: '101', children: 1 };
    const [first, second] = await Promise.all([
      correctCheckIn(correction),
      correctCheckIn(correction),
    ]);
    expect([first, second]).toContainEqual({ voided: 0, added: 0 });
    expect((await headcount(DAY)).visits).toBe(2);
    expect((await partyVisits(party.partyId)).filter((visit) => !visit.voided)).toHaveLength(2);
  });

  it('refuses answers a check-in could not have, a withdrawn check-in and a volunteer’s day', async () => {
    const party = checkIn();
    await recordCheckIn(party);
    await expect(correctCheckIn({ ...party, adult: false, children: 0 })).rejects.toThrow(
      /at least one person/,
    );
    await expect(correctCheckIn({ ...party, country: 'XX' })).rejects.toThrow(/country code/);
    await expect(
      correctCheckIn({ ...party, partyId: crypto.randomUUID(), children: 1 }),
    ).rejects.toThrow(/no check-in/);
    await undoCheckIn(party.partyId);
    await expect(correctCheckIn({ ...party, children: 1 })).rejects.toThrow(/withdrawn/);
    const helper = checkIn({ kind: 'volunteer', country: null, municipality: null });
    await recordCheckIn(helper);
    await expect(correctCheckIn({ ...helper, country: 'TR', municipality: null })).rejects.toThrow(
      /volunteer/,
    );
    // Nothing refused was stored.
    expect((await headcount(DAY)).visits).toBe(0);
  });
});
