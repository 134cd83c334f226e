import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { localDate } from '../../shared/time';
import { recordCheckIn, undoCheckIn } from './checkins';
import type { StoredVisit } from './db';
import { db } from './db';
import {
  apiRecord,
  markDelivered,
  nextBatch,
  observeOutbox,
  outboxState,
  quarantineVisit,
  requeueQuarantined,
} from './outbox';
import type { OutboxState } from './outbox';
import { recordSyncSuccess } from './syncSettings';

function stored(recordedAt: number, overrides: Partial<StoredVisit> = {}): StoredVisit {
  const visitedAt = '2026-11-23T09:15:00+01:00';
  return {
    id: crypto.randomUUID(),
    visitedAt,
    country: 'TR',
    municipality: '165',
    ageGroup: 'adult',
    partyId: crypto.randomUUID(),
    deviceId: 'door-1',
    voided: false,
    kind: 'visitor',
    localDate: localDate(visitedAt),
    syncState: 'pending',
    recordedAt,
    ...overrides,
  };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('nextBatch', () => {
  it('gives the oldest pending visits first, by recording time and then id', async () => {
    const later = stored(2_000);
    const sameTimeB = stored(1_000, { id: 'bbbbbbbb-0000-4000-8000-000000000000' });
    const sameTimeA = stored(1_000, { id: 'aaaaaaaa-0000-4000-8000-000000000000' });
    const synced = stored(500, { syncState: 'synced' });
    const quarantined = stored(400, { syncState: 'quarantined', syncError: 'bad' });
    await db.visits.bulkPut([later, sameTimeB, synced, sameTimeA, quarantined]);

    expect((await nextBatch()).map((v) => v.id)).toEqual([sameTimeA.id, sameTimeB.id, later.id]);
    expect((await nextBatch(2)).map((v) => v.id)).toEqual([sameTimeA.id, sameTimeB.id]);
  });

  it('sends the API record only, without the tablet’s bookkeeping', async () => {
    const visit = stored(1, { syncError: 'earlier trouble' });
    await db.visits.put(visit);
    const [sent] = await nextBatch();
    expect(Object.keys(sent ?? {}).sort()).toEqual(
      [
        'ageGroup',
        'country',
        'deviceId',
        'id',
        'kind',
        'municipality',
        'partyId',
        'visitedAt',
        'voided',
      ].sort(),
    );
    expect(sent).toEqual(apiRecord(visit));
  });
});

describe('the upgrade to schema version 4', () => {
  it('keeps the pending visits of a version-3 tablet, and nextBatch gives them oldest first', async () => {
    db.close();
    await Dexie.delete('velkommen');
    const old = new Dexie('velkommen');
    old.version(1).stores({
      visits: 'id, localDate, partyId, syncState, recordedAt',
      settings: 'key',
    });
    old.version(2).stores({ photos: 'code' });
    old.version(3).stores({ recordings: '[language+prompt]' });
    const later = stored(2_000);
    const sameTimeB = stored(1_000, { id: 'bbbbbbbb-0000-4000-8000-000000000000' });
    const sameTimeA = stored(1_000, { id: 'aaaaaaaa-0000-4000-8000-000000000000' });
    const synced = stored(500, { syncState: 'synced' });
    await old.table('visits').bulkPut([later, sameTimeB, synced, sameTimeA]);
    expect(old.verno).toBe(3);
    old.close();

    await db.open();
    expect(db.verno).toBe(4);
    expect((await nextBatch()).map((v) => v.id)).toEqual([sameTimeA.id, sameTimeB.id, later.id]);
    expect(await db.visits.count()).toBe(4);
  });
});

describe('markDelivered', () => {
  it('marks stored visits synced and keeps them; rejected ones quarantined with the reason', async () => {
    const [a, b, c] = [stored(1), stored(2), stored(3)];
    await db.visits.bulkPut([a, b, c]);
    const sent = await nextBatch();

    const result = await markDelivered(sent, {
      stored: [a.id, b.id],
      rejected: [{ id: c.id, reason: 'municipality must be a Danish municipality code.' }],
    });

    expect(result).toMatchObject({ synced: 2, quarantined: 1, changed: 0, unanswered: [] });
    expect((await db.visits.get(a.id))?.syncState).toBe('synced');
    expect((await db.visits.get(b.id))?.syncState).toBe('synced');
    expect(await db.visits.get(c.id)).toMatchObject({
      syncState: 'quarantined',
      syncError: 'municipality must be a Danish municipality code.',
    });
    expect(await db.visits.count()).toBe(3);
  });

  it('leaves a visit voided while the request was in flight pending, so the void goes next', async () => {
    const [visit] = await recordCheckIn({
      partyId: crypto.randomUUID(),
      kind: 'visitor',
      country: 'SY',
      municipality: '101',
      adult: true,
      children: 0,
    });
    const sent = await nextBatch();
    await undoCheckIn(visit?.partyId ?? '');

    const result = await markDelivered(sent, { stored: sent.map((v) => v.id), rejected: [] });

    expect(result).toMatchObject({ synced: 0, changed: 1 });
    expect(await db.visits.get(visit?.id ?? '')).toMatchObject({
      syncState: 'pending',
      voided: true,
    });
    expect(await nextBatch()).toMatchObject([{ id: visit?.id, voided: true }]);
  });

  it('ignores ids it did not send and reports those the answer left out', async () => {
    const [a, b] = [stored(1), stored(2)];
    await db.visits.bulkPut([a, b]);
    const sent = await nextBatch();
    const result = await markDelivered(sent, {
      stored: [a.id, crypto.randomUUID()],
      rejected: [{ id: null, reason: 'A visit must be a JSON object.' }],
    });
    expect(result.synced).toBe(1);
    expect(result.unanswered.map((v) => v.id)).toEqual([b.id]);
    expect((await db.visits.get(b.id))?.syncState).toBe('pending');
  });

  it('changes nothing when the same answer comes twice', async () => {
    const visit = stored(1);
    await db.visits.put(visit);
    const sent = await nextBatch();
    await markDelivered(sent, { stored: [visit.id], rejected: [] });
    const again = await markDelivered(sent, { stored: [visit.id], rejected: [] });
    expect(again).toMatchObject({ synced: 0, quarantined: 0, changed: 0 });
    expect((await db.visits.get(visit.id))?.syncState).toBe('synced');
  });
});

describe('quarantineVisit and requeueQuarantined', () => {
  it('quarantine a visit refused whole, and put it back for another try', async () => {
    const visit = stored(1);
    await db.visits.put(visit);
    expect(await quarantineVisit(apiRecord(visit), 'The server refused this visit: bad.')).toBe(
      true,
    );
    expect(await nextBatch()).toEqual([]);

    expect(await requeueQuarantined()).toBe(1);
    expect(await db.visits.get(visit.id)).toMatchObject({ syncState: 'pending' });
    expect((await db.visits.get(visit.id))?.syncError).toBeUndefined();
  });

  it('do not quarantine a visit that changed since it was sent', async () => {
    const visit = stored(1);
    await db.visits.put(visit);
    const sent = apiRecord(visit);
    await db.visits.update(visit.id, { voided: true });
    expect(await quarantineVisit(sent, 'bad')).toBe(false);
    expect((await db.visits.get(visit.id))?.syncState).toBe('pending');
  });
});

describe('outboxState', () => {
  it('counts pending and quarantined visits, lists the reasons, and says when sync last worked', async () => {
    await db.visits.bulkPut([
      stored(1),
      stored(2, { syncState: 'synced' }),
      stored(3, { syncState: 'quarantined', syncError: 'conflict' }),
    ]);
    await recordSyncSuccess(1_700_000_000_000);
    const state = await outboxState();
    expect(state).toMatchObject({ pending: 1, quarantined: 1, lastSuccessAt: 1_700_000_000_000 });
    expect(state.quarantinedVisits).toEqual([
      expect.objectContaining({ reason: 'conflict', visitedAt: '2026-11-23T09:15:00+01:00' }),
    ]);
  });

  it('follows changes live', async () => {
    const seen: OutboxState[] = [];
    const stop = observeOutbox((state) => seen.push(state));
    await expect.poll(() => seen.at(-1)?.pending).toBe(0);
    await db.visits.put(stored(1));
    await expect.poll(() => seen.at(-1)?.pending).toBe(1);
    stop();
  });
});
