import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckIn } from './checkins';
import { recordCheckIn, undoCheckIn } from './checkins';
import { countriesChosenBefore } from './countryCounts';
import { db } from './db';

function checkIn(country: string | null, overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country,
    municipality: '101',
    adult: true,
    children: 0,
    at: new Date('2026-11-23T10:00:00+01:00'),
    ...overrides,
  };
}

async function times(count: number, country: string | null, overrides: Partial<CheckIn> = {}) {
  for (let i = 0; i < count; i += 1) await recordCheckIn(checkIn(country, overrides));
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('countriesChosenBefore', () => {
  it('is empty on a new tablet', async () => {
    expect(await countriesChosenBefore()).toEqual([]);
  });

  it('lists the countries chosen at least three times, most chosen first', async () => {
    await times(3, 'ER');
    await times(5, 'SO');
    await times(3, 'BT');
    await times(2, 'NP');
    await times(4, null);
    expect(await countriesChosenBefore()).toEqual(['SO', 'BT', 'ER']);
  });

  it('counts a check-in once however many children came, and leaves out undone ones and volunteers', async () => {
    await times(2, 'CD', { children: 4 });
    const undone = checkIn('CD');
    await recordCheckIn(undone);
    await undoCheckIn(undone.partyId);
    await times(3, null, { kind: 'volunteer', municipality: null });
    expect(await countriesChosenBefore()).toEqual([]);

    await times(1, 'CD', { adult: false, children: 1 });
    expect(await countriesChosenBefore()).toEqual(['CD']);
  });
});
