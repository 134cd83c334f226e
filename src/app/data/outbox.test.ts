import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { localDate } from '../../shared/time';
import type { Visit } from '../../shared/visit';
import {
  failSettingsWrites,
  settle,
  syncStateCounts,
  syncStateOfEach,
} from '../../../tests/setup/outbox';
import { recordCheckIn, undoCheckIn } from './checkins';
import { db, StorageFullError } from './db';
import {
  dropStoredRuns,
  markAllDelivered,
  markDelivered,
  nextBatch,
  observeOutbox,
  outboxState,
  quarantineVisit,
  requeueDue,
  requeueQuarantined,
  unsyncedCount,
  waitingForServerClock,
} from './outbox';
import type { OutboxState } from './outbox';
import { getSyncSettings, recordSyncSuccess } from './syncSettings';

function checkIn(country: string | null = 'TR', children = 0) {
  return recordCheckIn({
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country,
    municipality: '165',
    adult: true,
    children,
    at: new Date('2026-11-23T09:22:00+01:00'),
  });
}

async function queuedIds(): Promise<string[]> {
  return (await nextBatch()).map(({ visit }) => visit.id);
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('nextBatch', () => {
  it('gives the visits queued first first, at most as many as asked, after a place if asked', async () => {
    const first = await checkIn('TR', 1);
    const second = await checkIn('SY');
    const ids = [...first, ...second].map((visit) => visit.id);

    expect(await queuedIds()).toEqual(ids);
    const two = await nextBatch(2);
    expect(two.map(({ visit }) => visit.id)).toEqual(ids.slice(0, 2));
    const rest = await nextBatch(10, two.at(-1)?.seq);
    expect(rest.map(({ visit }) => visit.id)).toEqual(ids.slice(2));
  });

  it('sends the API record only, without the tablet’s bookkeeping', async () => {
    const [visit] = await checkIn();
    const [sent] = await nextBatch();
    expect(Object.keys(sent?.visit ?? {}).sort()).toEqual(
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
    expect(sent?.visit).toEqual(visit);
  });

  it('refuses a batch of less than one', async () => {
    await expect(nextBatch(0)).rejects.toThrow('at least one visit');
  });
});

describe('the upgrade to schema version 5', () => {
  function oldRow(recordedAt: number, syncState: string, extra: object = {}) {
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
      syncState,
      recordedAt,
      ...extra,
    };
  }

  it('moves a version-4 tablet’s pending visits into the outbox, oldest first, and keeps the refused ones refused', async () => {
    db.close();
    await Dexie.delete('velkommen');
    const old = new Dexie('velkommen');
    old.version(1).stores({
      visits: 'id, localDate, partyId, syncState, recordedAt',
      settings: 'key',
    });
    old.version(2).stores({ photos: 'code' });
    old.version(3).stores({ recordings: '[language+prompt]' });
    old.version(4).stores({
      visits: 'id, localDate, partyId, syncState, recordedAt, [syncState+recordedAt+id]',
    });
    const later = oldRow(2_000, 'pending');
    const sameTimeB = oldRow(1_000, 'pending', { id: 'bbbbbbbb-0000-4000-8000-000000000000' });
    const sameTimeA = oldRow(1_000, 'pending', {
      id: 'aaaaaaaa-0000-4000-8000-000000000000',
      voided: true,
    });
    const synced = oldRow(500, 'synced');
    const refused = oldRow(400, 'quarantined', { syncError: 'conflict' });
    await old.table('visits').bulkPut([later, sameTimeB, synced, sameTimeA, refused]);
    old.close();

    await db.open();
    expect(db.verno).toBe(5);
    expect(await queuedIds()).toEqual([sameTimeA.id, sameTimeB.id, later.id]);
    expect((await nextBatch())[0]?.visit.voided).toBe(true);
    const state = await outboxState();
    expect(state).toMatchObject({ pending: 3, quarantined: 1 });
    expect(state.quarantinedVisits).toEqual([
      {
        id: refused.id,
        visitedAt: refused.visitedAt,
        partyId: refused.partyId,
        reason: 'conflict',
      },
    ]);
    expect(await syncStateOfEach()).toEqual(
      new Map([
        [later.id, 'pending'],
        [sameTimeB.id, 'pending'],
        [sameTimeA.id, 'pending'],
        [synced.id, 'synced'],
        [refused.id, 'quarantined'],
      ]),
    );
    const rows = await db.visits.toArray();
    expect(rows).toHaveLength(5);
    expect(rows.some((row) => 'syncState' in row || 'syncError' in row)).toBe(false);
  });
});

describe('markDelivered', () => {
  it('takes stored visits out of the outbox and keeps them; rejected ones quarantined with the reason', async () => {
    const [a, b, c] = await checkIn('TR', 2);
    const sent = await nextBatch();

    const result = await markDelivered(sent, {
      stored: [a?.id ?? '', b?.id ?? ''],
      rejected: [{ id: c?.id ?? '', reason: 'municipality must be a Danish municipality code.' }],
    });

    expect(result).toMatchObject({ synced: 2, quarantined: 1, changed: 0, unanswered: [] });
    expect(await syncStateOfEach()).toEqual(
      new Map([
        [a?.id, 'synced'],
        [b?.id, 'synced'],
        [c?.id, 'quarantined'],
      ]),
    );
    expect((await outboxState()).quarantinedVisits).toMatchObject([
      { id: c?.id, reason: 'municipality must be a Danish municipality code.' },
    ]);
    expect(await db.visits.count()).toBe(3);
  });

  it('keeps a visit voided while the request was in flight queued, so the void goes next', async () => {
    const [visit] = await checkIn('SY');
    const sent = await nextBatch();
    await undoCheckIn(visit?.partyId ?? '');

    const result = await markDelivered(sent, {
      stored: sent.map(({ visit }) => visit.id),
      rejected: [],
    });

    expect(result).toMatchObject({ synced: 0, changed: 1 });
    expect(await syncStateCounts()).toEqual({ pending: 1 });
    expect((await nextBatch()).map(({ visit }) => visit)).toMatchObject([
      { id: visit?.id, voided: true },
    ]);
  });

  it('marks several batches in one go, each from its own answer, whatever the other says', async () => {
    const [voided, other] = await checkIn('SY', 1);
    const first = await nextBatch();
    await undoCheckIn(voided?.partyId ?? '');
    // Both copies of the voided visit went out: the first in the first batch, the void behind it.
    const second = await nextBatch(10, first.at(-1)?.seq);
    expect(second.map(({ visit }) => [visit.id, visit.voided])).toEqual(
      expect.arrayContaining([
        [voided?.id, true],
        [other?.id, true],
      ]),
    );
    expect(second).toHaveLength(2);

    const results = await markAllDelivered([
      { sent: first, answer: { stored: first.map(({ visit }) => visit.id), rejected: [] } },
      {
        sent: second,
        answer: {
          stored: [other?.id ?? ''],
          rejected: [{ id: voided?.id ?? null, reason: 'bad' }],
        },
      },
    ]);

    expect(
      results.map(({ synced, quarantined, changed }) => [synced, quarantined, changed]),
    ).toEqual([
      [0, 0, 2],
      [1, 1, 0],
    ]);
    const { quarantinedVisits } = await outboxState();
    expect(quarantinedVisits.map(({ id, reason }) => [id, reason])).toEqual([[voided?.id, 'bad']]);
    expect(await syncStateCounts()).toEqual({ synced: 1, quarantined: 1 });
  });

  it('ignores ids it did not send and leaves those the answer left out queued', async () => {
    const [a, b] = await checkIn('TR', 1);
    const sent = await nextBatch();
    const result = await markDelivered(sent, {
      stored: [a?.id ?? '', crypto.randomUUID()],
      rejected: [{ id: null, reason: 'A visit must be a JSON object.' }],
    });
    expect(result.synced).toBe(1);
    expect(result.unanswered.map(({ visit }) => visit.id)).toEqual([b?.id]);
    expect(await queuedIds()).toEqual([b?.id]);
  });

  it('leaves the visits between the ones answered queued when only some were sent', async () => {
    await checkIn('TR', 4);
    const all = await nextBatch();
    const sent = all.filter((_, i) => i % 2 === 0);
    await markDelivered(sent, { stored: sent.map(({ visit }) => visit.id), rejected: [] });
    const between = all.filter((_, i) => i % 2 === 1).map(({ visit }) => visit.id);
    expect(await queuedIds()).toEqual(between);
  });

  it('changes nothing when the same answer comes twice', async () => {
    const [visit] = await checkIn();
    const sent = await nextBatch();
    await markDelivered(sent, { stored: [visit?.id ?? ''], rejected: [] });
    const again = await markDelivered(sent, { stored: [visit?.id ?? ''], rejected: [] });
    expect(again).toMatchObject({ synced: 0, quarantined: 0, changed: 1 });
    expect(await syncStateCounts()).toEqual({ synced: 1 });
  });

  it('marks a batch delivered even when the disk is too full to write a setting', async () => {
    const [visit] = await checkIn();
    const sent = await nextBatch();
    const restore = failSettingsWrites();
    try {
      await expect(recordSyncSuccess(1_700_000_000_000)).rejects.toThrow(StorageFullError);
      expect(await markDelivered(sent, { stored: [visit?.id ?? ''], rejected: [] })).toMatchObject({
        synced: 1,
      });
    } finally {
      restore();
    }
    expect(await syncStateCounts()).toEqual({ synced: 1 });
    expect((await getSyncSettings()).lastSuccessAt).toBeNull();
  });

  it('marks a visit refused for lying ahead of the server’s clock, and puts it back once due', async () => {
    const [early] = await checkIn();
    const [late] = await recordCheckIn({
      partyId: crypto.randomUUID(),
      kind: 'visitor',
      country: 'SY',
      municipality: '101',
      adult: true,
      children: 0,
      at: new Date('2026-11-26T09:22:00+01:00'),
    });
    const sent = await nextBatch();
    const ahead = 'visitedAt is more than one day after the server’s clock';
    await markDelivered(
      sent,
      {
        stored: [],
        rejected: [
          { id: early?.id ?? '', reason: 'conflict' },
          { id: late?.id ?? '', reason: ahead },
        ],
      },
      { refusedForTime: (visit) => visit.id === late?.id },
    );
    expect(await waitingForServerClock()).toBe(1);

    // The server's clock on the 24th: still more than a day before the visit.
    expect(await requeueDue(Date.parse('2026-11-24T12:00:00+01:00'))).toBe(0);
    expect(await requeueDue(Date.parse('2026-11-25T09:14:00+01:00'))).toBe(0);
    expect(await requeueDue(Date.parse('2026-11-25T09:30:00+01:00'))).toBe(1);
    expect(await queuedIds()).toEqual([late?.id]);
    expect(await waitingForServerClock()).toBe(0);
    // The conflict waits for staff.
    expect((await outboxState()).quarantinedVisits.map((v) => v.id)).toEqual([early?.id]);
  });
});

describe('dropStoredRuns', () => {
  it('takes the runs read whole out of the outbox, and keeps what was queued anew meanwhile', async () => {
    const [voided] = await checkIn('SY');
    await checkIn('TR', 1);
    const first = await nextBatch(2);
    const second = await nextBatch(10, first.at(-1)?.seq);
    const runOf = (batch: typeof first) => [batch[0]?.seq ?? 0, batch.at(-1)?.seq ?? 0] as const;
    await undoCheckIn(voided?.partyId ?? '');

    await dropStoredRuns([runOf(first), runOf(second)]);

    // The void was queued after both runs: it alone is left to be sent.
    const left = await nextBatch();
    expect(left.map(({ visit }) => [visit.id, visit.voided])).toEqual([[voided?.id, true]]);
    await dropStoredRuns([runOf(first)]);
    expect(await unsyncedCount()).toBe(1);
  });
});

describe('quarantineVisit and requeueQuarantined', () => {
  it('quarantine a visit refused whole, and put it back for another try', async () => {
    const [visit] = await checkIn();
    const [sent] = await nextBatch();
    if (sent === undefined) throw new Error('Nothing was queued.');
    expect(await quarantineVisit(sent, 'The server refused this visit: bad.')).toBe(true);
    expect(await nextBatch()).toEqual([]);
    expect(await unsyncedCount()).toBe(1);

    expect(await requeueQuarantined()).toBe(1);
    expect((await nextBatch()).map(({ visit }) => visit)).toEqual([visit]);
    expect((await outboxState()).quarantined).toBe(0);
  });

  it('put back only the chosen ones, oldest first, behind what is queued', async () => {
    const visits = await checkIn('TR', 2);
    const [a, b, c] = visits.map((visit) => visit.id);
    await settle({ refused: { [a ?? '']: 'conflict', [c ?? '']: 'conflict' } });
    const [later] = await checkIn('SY');

    expect(await requeueQuarantined([c ?? ''])).toBe(1);
    expect(await queuedIds()).toEqual([b, later?.id, c]);
    expect((await outboxState()).quarantinedVisits.map((v) => v.id)).toEqual([a]);
  });

  it('do not quarantine a visit that changed since it was sent', async () => {
    const [visit] = await checkIn();
    const [sent] = await nextBatch();
    if (sent === undefined) throw new Error('Nothing was queued.');
    await undoCheckIn(visit?.partyId ?? '');
    expect(await quarantineVisit(sent, 'bad')).toBe(false);
    expect(await syncStateCounts()).toEqual({ pending: 1 });
  });
});

describe('outboxState', () => {
  it('counts pending and quarantined visits, lists the reasons, and says when sync last worked', async () => {
    const [waiting, held, refused] = await checkIn('TR', 2);
    await settle({ stored: [held?.id ?? ''], refused: { [refused?.id ?? '']: 'conflict' } });
    await recordSyncSuccess(1_700_000_000_000);
    const state = await outboxState();
    expect(state).toMatchObject({ pending: 1, quarantined: 1, lastSuccessAt: 1_700_000_000_000 });
    expect(state.quarantinedVisits).toEqual([
      expect.objectContaining({ reason: 'conflict', visitedAt: '2026-11-23T09:15:00+01:00' }),
    ]);
    expect(await unsyncedCount()).toBe(2);
    expect((await nextBatch()).map(({ visit }): Visit => visit)).toEqual([waiting]);
  });

  it('follows changes live', async () => {
    const seen: OutboxState[] = [];
    const stop = observeOutbox((state) => seen.push(state));
    await expect.poll(() => seen.at(-1)?.pending).toBe(0);
    await checkIn();
    await expect.poll(() => seen.at(-1)?.pending).toBe(1);
    stop();
  });
});
