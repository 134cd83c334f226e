// Recording a check-in: a party becomes one visit per person, queued for sync, and a double tap
// on confirm stores it once; what is refused stores nothing, and a full disk says so. Undo and a
// day's list are in checkins.day.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { CheckIn } from './checkins';
import { recordCheckIn } from './checkins';
import { db, StorageFullError } from './db';
import { getDeviceId } from './device';
import { nextBatch, syncStatesOf } from './outbox';
import { checkIn, headcount } from '../../../tests/setup/checkins';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
