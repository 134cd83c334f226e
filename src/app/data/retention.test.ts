// A tablet may stay offline for months and run for years: no visit is ever expired or pruned by age,
// whether the endpoint has it yet or not, through everything a long-running kiosk does.
import { beforeEach, expect, it } from 'vitest';
import { recordCheckIn } from './checkins';
import { db, VelkommenDB } from './db';
import { markDelivered, nextBatch } from './outbox';
import { checkStorage } from './storageCheck';
import { settle, syncStateCounts } from '../../../tests/setup/outbox';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

function checkIn(at: Date) {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor' as const,
    country: 'AF',
    municipality: '101',
    adult: true,
    children: 1,
    at,
  };
}

it('keeps visits years old, sent or not, through start checks, syncs, reopening and upgrades', async () => {
  const unsent = await recordCheckIn(checkIn(new Date('2021-03-01T10:05:00+01:00')));
  const sent = await recordCheckIn(checkIn(new Date('2022-06-15T13:40:00+02:00')));
  await settle({ stored: sent.map((visit) => visit.id) });
  const old = [...unsent, ...sent].map((visit) => visit.id).sort();

  // A day in the kiosk's life, years later.
  expect(await checkStorage()).toEqual({ ok: true });
  const today = await recordCheckIn(checkIn(new Date()));
  const batch = await nextBatch();
  await markDelivered(batch, { stored: batch.map(({ visit }) => visit.id), rejected: [] });
  db.close();
  await db.open();
  // A newer version in another tab upgrades the database.
  const newer = new VelkommenDB();
  newer.version(db.verno + 1).stores({ somethingNew: 'id' });
  await newer.open();
  newer.close();

  const kept = await db.visits.toArray();
  expect(kept.map((visit) => visit.id).sort()).toEqual(
    [...old, ...today.map((visit) => visit.id)].sort(),
  );
  expect(kept.filter((visit) => visit.localDate < '2023-01-01')).toHaveLength(4);
  expect(await syncStateCounts()).toEqual({ synced: kept.length });
});
