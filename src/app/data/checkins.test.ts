import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { CheckIn } from './checkins';
import { recordCheckIn, undoCheckIn, visitsOn } from './checkins';
import { db, StorageFullError } from './db';
import { getDeviceId } from './device';
import { nextBatch, syncStatesOf } from './outbox';
import { dayStats } from './stats';
import { settle, syncStateCounts } from '../../../tests/setup/outbox';

const headcount = async (day: string) => (await dayStats(day)).headcount;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'TR',
    municipality: '165',
    adult: true,
    children: 0,
    at: new Date('2026-11-23T09:22:41+01:00'),
    ...overrides,
  };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('recordCheckIn', () => {
  it('records a woman and three children as four visits of one party', async () => {
    const partyId = crypto.randomUUID();
    const visits = await recordCheckIn(checkIn({ partyId, children: 3 }));

    expect(visits).toHaveLength(4);
    expect(visits.filter((v) => v.ageGroup === 'adult')).toHaveLength(1);
    expect(visits.filter((v) => v.ageGroup === 'child')).toHaveLength(3);
    expect(new Set(visits.map((v) => v.id)).size).toBe(4);
    for (const visit of visits) {
      expect(visit).toMatchObject({
        visitedAt: '2026-11-23T09:15:00+01:00',
        country: 'TR',
        municipality: '165',
        partyId,
        deviceId: await getDeviceId(),
        voided: false,
        kind: 'visitor',
      });
      expect(visit.id).toMatch(UUID);
    }

    const stored = await db.visits.where('partyId').equals(partyId).toArray();
    expect(stored).toHaveLength(4);
    const states = await syncStatesOf(stored.map((visit) => visit.id));
    for (const visit of stored) {
      expect(states.get(visit.id)).toBe('pending');
      expect(visit.localDate).toBe('2026-11-23');
      expect(visit.visitedAt).toMatch(/:(00|15|30|45):00\+01:00$/);
      expect(visit.recordedAt).toBeGreaterThan(0);
    }
    expect(await headcount('2026-11-23')).toEqual({
      visits: 4,
      adults: 1,
      children: 3,
      volunteers: 0,
    });
  });

  it('keeps one party of four when confirm is tapped twice at once', async () => {
    const party = checkIn({ children: 3 });
    const [first, second] = await Promise.all([recordCheckIn(party), recordCheckIn(party)]);

    expect(await db.visits.count()).toBe(4);
    expect(first).toHaveLength(4);
    expect(new Set(second?.map((v) => v.id))).toEqual(new Set(first?.map((v) => v.id)));

    const retried = await recordCheckIn({ ...party, children: 5 });
    expect(retried).toEqual(first);
    expect(await db.visits.count()).toBe(4);
  });

  it('keeps one party when confirm is tapped twice on a kiosk that has checked in before', async () => {
    await recordCheckIn(checkIn());
    const party = checkIn({ children: 2 });
    const [first, second] = await Promise.all([recordCheckIn(party), recordCheckIn(party)]);
    const again = await recordCheckIn(party);

    expect(await db.visits.where('partyId').equals(party.partyId).count()).toBe(3);
    expect(second).toEqual(first);
    expect(again).toEqual(first);
    const queued = (await nextBatch()).filter(({ visit }) => visit.partyId === party.partyId);
    expect(queued).toHaveLength(3);
  });

  it('records under the name another tab gave the tablet, and writes the party once', async () => {
    await recordCheckIn(checkIn());
    // Written as another tab's setDeviceId would, so this page has not seen the new name.
    await db.settings.put({ key: 'deviceId', value: 'door-9' });
    const party = checkIn({ children: 1 });

    const visits = await recordCheckIn(party);

    expect(visits.map((visit) => visit.deviceId)).toEqual(['door-9', 'door-9']);
    const stored = await db.visits.where('partyId').equals(party.partyId).toArray();
    expect(stored.map((visit) => visit.deviceId)).toEqual(['door-9', 'door-9']);
    const queued = (await nextBatch()).filter(({ visit }) => visit.partyId === party.partyId);
    expect(queued.map(({ visit }) => visit.deviceId)).toEqual(['door-9', 'door-9']);
  });

  it('records a child who came alone', async () => {
    const visits = await recordCheckIn(checkIn({ adult: false, children: 1 }));

    expect(visits).toHaveLength(1);
    expect(visits[0]?.ageGroup).toBe('child');
    expect(await headcount('2026-11-23')).toEqual({
      visits: 1,
      adults: 0,
      children: 1,
      volunteers: 0,
    });
  });

  it('records a visitor who chose not to answer', async () => {
    const visits = await recordCheckIn(checkIn({ country: null, municipality: null }));

    expect(visits[0]).toMatchObject({ country: null, municipality: null, ageGroup: 'adult' });
  });

  it('takes the current time, rounded down to the quarter hour, when no time is given', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T13:59:59+01:00'), toFake: ['Date'] });
    try {
      const [visit] = await recordCheckIn(checkIn({ at: undefined }));
      expect(visit?.visitedAt).toBe('2026-03-02T13:45:00+01:00');
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    [{ adult: false, children: 0 }, /at least one person/],
    [{ children: 21 }, /0 to 20/],
    [{ children: -1 }, /0 to 20/],
    [{ children: 1.5 }, /0 to 20/],
    [{ country: 'XX' }, /"XX" is not a known country code/],
    [{ country: 'tr' }, /"tr" is not a known country code/],
    [{ municipality: '999' }, /"999" is not a known municipality code/],
    [{ partyId: 'party-1' }, /partyId/],
    [{ at: new Date('nonsense') }, /not a valid date/],
    [{ at: new Date('1999-12-31T12:00:00+01:00') }, /visitedAt/],
  ] satisfies [Partial<CheckIn>, RegExp][])(
    'refuses %o and stores nothing',
    async (overrides, message) => {
      await expect(recordCheckIn(checkIn(overrides))).rejects.toThrow(message);
      expect(await db.visits.count()).toBe(0);
    },
  );
});

describe('volunteers', () => {
  const volunteer = (overrides: Partial<CheckIn> = {}): CheckIn =>
    checkIn({ kind: 'volunteer', country: null, municipality: null, ...overrides });

  it('records a volunteer as one adult, counted apart from the visitors', async () => {
    await recordCheckIn(checkIn({ children: 2 }));
    const visits = await recordCheckIn(volunteer());

    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({
      kind: 'volunteer',
      ageGroup: 'adult',
      country: null,
      municipality: null,
    });
    expect(await headcount('2026-11-23')).toEqual({
      visits: 3,
      adults: 1,
      children: 2,
      volunteers: 1,
    });
  });

  it.each([
    [{ country: 'DK' }, /no country and no municipality/],
    [{ municipality: '101' }, /no country and no municipality/],
    [{ children: 1 }, /one adult, without children/],
    [{ adult: false, children: 1 }, /one adult, without children/],
  ] satisfies [Partial<CheckIn>, RegExp][])(
    'refuses a volunteer with %o',
    async (overrides, message) => {
      await expect(recordCheckIn(volunteer(overrides))).rejects.toThrow(message);
      expect(await db.visits.count()).toBe(0);
    },
  );
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

describe('a full disk', () => {
  it.each([
    ['Dexie', () => new Dexie.QuotaExceededError('quota')],
    ['the browser', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  ])('from %s becomes a StorageFullError, with nothing stored', async (_source, makeError) => {
    vi.spyOn(db.visits, 'bulkAdd').mockImplementation(() => Dexie.Promise.reject(makeError()));

    const attempt = recordCheckIn(checkIn({ children: 2 }));
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(/storage is full/);
    expect(await db.visits.count()).toBe(0);
  });

  it('leaves other failures as they are', async () => {
    vi.spyOn(db.visits, 'bulkAdd').mockImplementation(() =>
      Dexie.Promise.reject(new Dexie.DatabaseClosedError()),
    );

    await expect(recordCheckIn(checkIn())).rejects.toBeInstanceOf(Dexie.DatabaseClosedError);
  });
});
