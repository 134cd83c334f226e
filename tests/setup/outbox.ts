// For tests: where the tablet's visits stand with the endpoint, an endpoint's answer given to the
// outbox without a server, through the same markDelivered the sync loop uses, and a disk too full
// to write the settings table.
import type { SyncState } from '../../src/app/data/db';
import { db } from '../../src/app/data/db';
import { markDelivered, nextBatch, syncStatesOf } from '../../src/app/data/outbox';

/** Every visit on the tablet with its sync state, in the visits' id order. */
export async function syncStateOfEach(): Promise<Map<string, SyncState>> {
  return syncStatesOf(await db.visits.toCollection().primaryKeys());
}

/** How many visits are in each sync state, e.g. { pending: 2, synced: 3 }. */
export async function syncStateCounts(): Promise<Partial<Record<SyncState, number>>> {
  const counts: Partial<Record<SyncState, number>> = {};
  for (const state of (await syncStateOfEach()).values()) counts[state] = (counts[state] ?? 0) + 1;
  return counts;
}

/** Answers for queued visits as an endpoint would: `stored` ids are held, `refused` ones rejected. */
export async function settle(answer: {
  stored?: readonly string[];
  refused?: Readonly<Record<string, string>>;
}): Promise<void> {
  const stored = answer.stored ?? [];
  const refused = Object.entries(answer.refused ?? {});
  const named = new Set([...stored, ...refused.map(([id]) => id)]);
  const queued = await nextBatch(1_000_000);
  const sent = queued.filter(({ visit }) => named.has(visit.id));
  if (sent.length !== named.size) throw new Error('settle() names a visit that is not queued.');
  await markDelivered(sent, {
    stored: [...stored],
    rejected: refused.map(([id, reason]) => ({ id, reason })),
  });
}

/**
 * Makes every write to the settings table fail as a full disk does (a QuotaExceededError), while
 * the other tables still take theirs; returns the function that ends it.
 */
export function failSettingsWrites(): () => void {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  db.settings.hook('creating', full);
  db.settings.hook('updating', full);
  return () => {
    db.settings.hook('creating').unsubscribe(full);
    db.settings.hook('updating').unsubscribe(full);
  };
}
