// The outbox: the visits this tablet still has to deliver, read oldest first, and the marks the sync
// loop puts on them once the endpoint has answered. A mark is written only when the stored visit
// still equals what was sent: a void made while a request was in flight keeps the visit pending, so
// the void itself is sent next. Nothing here ever deletes a visit.
import Dexie, { liveQuery } from 'dexie';
import type { Visit } from '../../shared/visit';
import type { StoredVisit } from './db';
import { db, writing } from './db';
import { getSyncSettings } from './syncSettings';

/** The most visits one sync request carries (the API allows 1000; half keeps requests small). */
export const MAX_BATCH = 500;

export interface Rejection {
  id: string | null;
  reason: string;
}

/** The endpoint's answer to one POST /api/v1/visits. */
export interface SyncAnswer {
  stored: readonly string[];
  rejected: readonly Rejection[];
}

export interface MarkResult {
  synced: number;
  quarantined: number;
  /** Changed on the tablet (voided) while the request was in flight; left pending to be sent again. */
  changed: number;
  /** Sent but neither stored nor rejected by id in the answer; left pending. */
  unanswered: Visit[];
}

export interface QuarantinedVisit {
  id: string;
  visitedAt: string;
  partyId: string;
  reason: string;
}

export interface OutboxState {
  pending: number;
  quarantined: number;
  /** Every quarantined visit with the reason it was refused, oldest first. */
  quarantinedVisits: QuarantinedVisit[];
  /** When the endpoint last answered a delivery properly (epoch milliseconds), or null. */
  lastSuccessAt: number | null;
}

const VISIT_FIELDS = [
  'id',
  'visitedAt',
  'country',
  'municipality',
  'ageGroup',
  'partyId',
  'deviceId',
  'voided',
  'kind',
] as const satisfies readonly (keyof Visit)[];

/** The record as the API carries it, without the tablet's own bookkeeping. */
export function apiRecord(stored: StoredVisit): Visit {
  const { id, visitedAt, country, municipality, ageGroup, partyId, deviceId, voided, kind } =
    stored;
  return { id, visitedAt, country, municipality, ageGroup, partyId, deviceId, voided, kind };
}

function sameRecord(stored: StoredVisit, sent: Visit): boolean {
  return VISIT_FIELDS.every((field) => Object.is(stored[field], sent[field]));
}

function oldestFirst(a: StoredVisit, b: StoredVisit): number {
  return a.recordedAt - b.recordedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The oldest pending visits (by recordedAt, then id), at most `limit`, as the API records to send.
 * Quarantined visits are never among them: they wait for staff.
 */
export async function nextBatch(limit: number = MAX_BATCH): Promise<Visit[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('A batch holds at least one visit.');
  // The index orders by recordedAt, then id, so a batch reads only its own visits. The upper bound
  // ['pending', maxKey] is above every ['pending', recordedAt, id]; it names Dexie.maxKey once
  // because IndexedDB refuses a key holding the same array object twice (a DataError).
  const pending = await db.visits
    .where('[syncState+recordedAt+id]')
    .between(['pending', Dexie.minKey, Dexie.minKey], ['pending', Dexie.maxKey])
    .limit(limit)
    .toArray();
  return pending.map(apiRecord);
}

/**
 * Applies the endpoint's answer to the visits `sent`, in one transaction: an id in `stored` becomes
 * 'synced', an id in `rejected` becomes 'quarantined' with the reason, but only where the stored
 * visit still equals what was sent. Ids the answer names that were not sent are ignored.
 *
 * Offline: this only runs after an answer arrived; a lost answer marks nothing, and the visits are
 * sent again (the endpoint treats a known id with the same record as a retry). Applying the same
 * answer twice changes nothing the second time.
 */
export async function markDelivered(
  sent: readonly Visit[],
  answer: SyncAnswer,
): Promise<MarkResult> {
  const byId = new Map(sent.map((visit) => [visit.id, visit]));
  const storedIds = new Set(answer.stored.filter((id) => byId.has(id)));
  const reasons = new Map<string, string>();
  for (const { id, reason } of answer.rejected) {
    // A visit both stored and rejected is held by the endpoint: stored wins.
    if (id !== null && byId.has(id) && !storedIds.has(id) && !reasons.has(id)) {
      reasons.set(id, reason);
    }
  }
  const result: MarkResult = { synced: 0, quarantined: 0, changed: 0, unanswered: [] };
  for (const visit of sent) {
    if (!storedIds.has(visit.id) && !reasons.has(visit.id)) result.unanswered.push(visit);
  }
  const answeredIds = [...storedIds, ...reasons.keys()];
  if (answeredIds.length === 0) return result;

  return writing(() =>
    db.transaction('rw', db.visits, async () => {
      const current = await db.visits.bulkGet(answeredIds);
      const updates: StoredVisit[] = [];
      for (const stored of current) {
        if (stored === undefined) continue;
        const visit = byId.get(stored.id);
        if (visit === undefined || stored.syncState !== 'pending') continue;
        if (!sameRecord(stored, visit)) {
          result.changed += 1;
          continue;
        }
        const reason = reasons.get(stored.id);
        if (reason === undefined) {
          const synced: StoredVisit = { ...stored, syncState: 'synced' };
          delete synced.syncError;
          updates.push(synced);
          result.synced += 1;
        } else {
          updates.push({ ...stored, syncState: 'quarantined', syncError: reason });
          result.quarantined += 1;
        }
      }
      await db.visits.bulkPut(updates);
      return result;
    }),
  );
}

/**
 * Quarantines one visit the endpoint refused as a whole request (a 400 for a batch of one), with the
 * reason, when it still equals what was sent. Returns whether it was quarantined.
 */
export async function quarantineVisit(sent: Visit, reason: string): Promise<boolean> {
  return writing(() =>
    db.transaction('rw', db.visits, async () => {
      const stored = await db.visits.get(sent.id);
      if (stored === undefined || stored.syncState !== 'pending' || !sameRecord(stored, sent)) {
        return false;
      }
      await db.visits.put({ ...stored, syncState: 'quarantined', syncError: reason });
      return true;
    }),
  );
}

/**
 * Puts quarantined visits back in the outbox (all, or those with the given ids), for staff to try
 * again once the cause is fixed (a server updated, a setting corrected). Returns how many changed.
 */
export async function requeueQuarantined(ids?: readonly string[]): Promise<number> {
  return writing(() =>
    db.transaction('rw', db.visits, () => {
      const quarantined = db.visits.where('syncState').equals('quarantined');
      const chosen = ids === undefined ? quarantined : quarantined.and((v) => ids.includes(v.id));
      return chosen.modify((visit) => {
        visit.syncState = 'pending';
        delete visit.syncError;
      });
    }),
  );
}

/** How many visits wait, which were refused and why, and when a delivery last succeeded. */
export async function outboxState(): Promise<OutboxState> {
  return db.transaction('r', db.visits, db.settings, async () => {
    const pending = await db.visits.where('syncState').equals('pending').count();
    const quarantined = await db.visits.where('syncState').equals('quarantined').toArray();
    const { lastSuccessAt } = await getSyncSettings();
    return {
      lastSuccessAt,
      pending,
      quarantined: quarantined.length,
      quarantinedVisits: quarantined.sort(oldestFirst).map((visit) => ({
        id: visit.id,
        visitedAt: visit.visitedAt,
        partyId: visit.partyId,
        reason: visit.syncError ?? '',
      })),
    };
  });
}

/**
 * Calls `listener` with the outbox state now and again whenever visits change, in this tab or
 * another. Returns the function that stops it.
 */
export function observeOutbox(
  listener: (state: OutboxState) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  const subscription = liveQuery(outboxState).subscribe({ next: listener, error: onError });
  return () => subscription.unsubscribe();
}
