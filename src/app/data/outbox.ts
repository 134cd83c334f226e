// The outbox: the records this tablet still has to deliver, in the order they were queued, and what
// the sync loop does with the endpoint's answer. A delivered batch is one key range of the outbox,
// so marking it deletes that range in one step rather than rewriting each visit. A void made while
// a request was in flight queues the visit anew, behind the range, so the void itself is sent next.
// Nothing here ever deletes a visit: only the outbox's copy of what was to be sent. Marking touches
// the outbox and the quarantine only: a settings write that fails (a full disk) must never keep a
// delivered batch from leaving the outbox, which is what frees the space.
import { liveQuery } from 'dexie';
import type { BatchAnswer } from '../../shared/api/visits';
import type { Visit } from '../../shared/visit';
import { apiRecord } from '../../shared/visitFields';
import type { QuarantineRow, SyncState } from './db';
import { db, writing } from './db';
import { getSyncSettings } from './syncSettings';

/** The most visits one sync request carries (the API allows 1000; half keeps requests small). */
export const MAX_BATCH = 500;

/** How far after the server's clock a visit may lie (API.md): one day. */
export const MOST_AHEAD_MS = 24 * 60 * 60_000;

// A refused visit the server judged only by its clock (its time lay more than a day after the
// server's) carries this mark: it is put back in the outbox by itself once the server's clock has
// come near enough (requeueDue). Kept on the quarantine row, which IndexedDB stores whole.
interface RefusedRow extends QuarantineRow {
  waitsForServerClock?: true;
}

/** A record on its way out, with its place in the outbox. */
export interface Outgoing {
  seq: number;
  visit: Visit;
}

export interface MarkResult {
  synced: number;
  quarantined: number;
  /** Changed on the tablet (voided) while the request was in flight; queued again to be sent. */
  changed: number;
  /** Sent but neither stored nor rejected by id in the answer; left in the outbox. */
  unanswered: Outgoing[];
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

/**
 * Queues newly recorded visits to be sent, behind everything already queued. Call inside the
 * transaction that writes the visits (it must hold the outbox), so a visit is never stored without
 * being queued.
 */
export async function enqueue(visits: readonly Visit[]): Promise<void> {
  await db.outbox.bulkAdd(visits.map(apiRecord));
}

/**
 * Queues changed visits (a void) anew, behind everything already queued; a copy still waiting or
 * refused is replaced, since only the newest record may reach the endpoint last. Call inside the
 * transaction that changes the visits (it must hold the outbox and the quarantine).
 */
export async function enqueueAgain(visits: readonly Visit[]): Promise<void> {
  const ids = visits.map((visit) => visit.id);
  await db.outbox.where('id').anyOf(ids).delete();
  await db.quarantine.bulkDelete(ids);
  await enqueue(visits);
}

/**
 * The oldest queued records, at most `limit`, after the place `after` (a seq). Refused records are
 * never among them: they wait for staff.
 */
export async function nextBatch(limit: number = MAX_BATCH, after = 0): Promise<Outgoing[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('A batch holds at least one visit.');
  const rows = await db.outbox.where(':id').above(after).limit(limit).toArray();
  return rows.map((row) => ({ seq: row.seq, visit: apiRecord(row) }));
}

/** The places of `queued` (ascending) that are in `chosen`, as runs of neighbours in the outbox. */
function runsOf(queued: readonly number[], chosen: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  let run: [number, number] | null = null;
  for (const seq of queued) {
    if (!chosen.has(seq)) {
      run = null;
    } else if (run === null) {
      run = [seq, seq];
      runs.push(run);
    } else {
      run[1] = seq;
    }
  }
  return runs;
}

export interface MarkOptions {
  /**
   * Whether a rejected visit was refused for its time alone: it lies too far after the server's
   * clock, and is put back in the outbox by itself once the server's clock has come near it.
   */
  refusedForTime?: (visit: Visit) => boolean;
}

/**
 * Applies the endpoint's answer to the records `sent`, in one transaction of the outbox and the
 * quarantine only: a record whose id is in `stored` leaves the outbox (the visit is synced), one
 * whose id is in `rejected` moves to the quarantine with the reason. Only the very records sent are
 * touched: one queued anew meanwhile (a void) stays to be sent. Ids the answer names that were not
 * sent are ignored. When the answer came is noted apart (recordSyncSuccess), so a settings write
 * that fails never undoes the marks.
 *
 * Offline: this only runs after an answer arrived; a lost answer marks nothing, and the records are
 * sent again (the endpoint treats a known id with the same record as a retry). Applying the same
 * answer twice changes nothing the second time.
 */
export async function markDelivered(
  sent: readonly Outgoing[],
  answer: BatchAnswer,
  options: MarkOptions = {},
): Promise<MarkResult> {
  const [result] = await markAllDelivered([{ sent, answer, options }]);
  if (result === undefined) throw new Error('Marking gave no result for the batch.');
  return result;
}

/** A batch sent and the endpoint's answer to it. */
export interface AnsweredBatch {
  sent: readonly Outgoing[];
  answer: BatchAnswer;
  options?: MarkOptions;
}

/**
 * Applies the answers of several batches, each as markDelivered does and in the order given, in
 * one transaction: the answers that came while the tablet was marking others cost one durable
 * commit together rather than one each. Each answer is applied to its own batch only, so a visit
 * sent twice (queued anew by a void between two batches) is judged by each answer for its copy.
 */
export async function markAllDelivered(batches: readonly AnsweredBatch[]): Promise<MarkResult[]> {
  const plans = batches.map(planMarks);
  if (plans.every((plan) => plan.answered.length === 0)) {
    return plans.map((plan) => ({ ...NOTHING_MARKED, unanswered: plan.unanswered }));
  }
  return writing(() =>
    db.transaction('rw', db.outbox, db.quarantine, async () => {
      const results: MarkResult[] = [];
      for (const plan of plans) results.push(await applyMarks(plan));
      return results;
    }),
  );
}

const NOTHING_MARKED = { synced: 0, quarantined: 0, changed: 0 } as const;

/** What an answer says of the records sent, before anything is written. */
interface MarkPlan {
  answered: Outgoing[];
  unanswered: Outgoing[];
  /** Why each rejected id was refused. */
  reasons: Map<string, string>;
  forTime: (visit: Visit) => boolean;
}

function planMarks({ sent, answer, options = {} }: AnsweredBatch): MarkPlan {
  const sentIds = new Set(sent.map(({ visit }) => visit.id));
  const storedIds = new Set(answer.stored.filter((id) => sentIds.has(id)));
  const reasons = new Map<string, string>();
  for (const { id, reason } of answer.rejected) {
    // A visit both stored and rejected is held by the endpoint: stored wins.
    if (id !== null && sentIds.has(id) && !storedIds.has(id) && !reasons.has(id)) {
      reasons.set(id, reason);
    }
  }
  const answered: Outgoing[] = [];
  const unanswered: Outgoing[] = [];
  for (const outgoing of sent) {
    const { id } = outgoing.visit;
    if (storedIds.has(id) || reasons.has(id)) answered.push(outgoing);
    else unanswered.push(outgoing);
  }
  return { answered, unanswered, reasons, forTime: options.refusedForTime ?? (() => false) };
}

/** Applies one plan inside a transaction that holds the outbox and the quarantine. */
async function applyMarks({
  answered,
  unanswered,
  reasons,
  forTime,
}: MarkPlan): Promise<MarkResult> {
  const result: MarkResult = { ...NOTHING_MARKED, unanswered };
  if (answered.length === 0) return result;
  const seqs = answered.map(({ seq }) => seq);
  const [first, last] = [Math.min(...seqs), Math.max(...seqs)];
  // What is still queued where the answered records were. A row is never changed in place and a
  // seq never reused, so a seq still there holds the very record sent; a record queued anew (a
  // void) has moved on to a new seq.
  const queued = await db.outbox.where(':id').between(first, last, true, true).primaryKeys();
  const present = new Set(queued);
  const done = new Set<number>();
  const refused: RefusedRow[] = [];
  for (const { seq, visit } of answered) {
    if (!present.has(seq)) {
      result.changed += 1;
      continue;
    }
    done.add(seq);
    const reason = reasons.get(visit.id);
    if (reason === undefined) {
      result.synced += 1;
    } else {
      refused.push({
        ...visit,
        seq,
        reason,
        ...(forTime(visit) ? { waitsForServerClock: true as const } : {}),
      });
      result.quarantined += 1;
    }
  }
  if (refused.length > 0) await db.quarantine.bulkPut(refused);
  for (const [from, to] of runsOf(queued, done)) {
    await db.outbox.where(':id').between(from, to, true, true).delete();
  }
  return result;
}

/** The places of a batch read in one piece (nextBatch): its first and its last seq. */
export type SeqRun = readonly [first: number, last: number];

/**
 * Takes out of the outbox, in one transaction, the records of batches the endpoint stored whole,
 * each given as the run of places it was read from in one piece (nextBatch). Deleting the run
 * whole is safe without reading it first: every record in it at the time was sent in the batch and
 * stored, a seq is never reused, and a record queued anew meanwhile (a void, a refused visit put
 * back) has a place after every run read before it. Dropping a run twice changes nothing.
 */
export async function dropStoredRuns(runs: readonly SeqRun[]): Promise<void> {
  if (runs.length === 0) return;
  await writing(() =>
    db.transaction('rw', db.outbox, async () => {
      for (const [first, last] of runs) {
        await db.outbox.where(':id').between(first, last, true, true).delete();
      }
    }),
  );
}

/**
 * Quarantines one record the endpoint refused as a whole request (a 400 for a batch of one), with
 * the reason, when it is still the one queued. Returns whether it was quarantined.
 */
export async function quarantineVisit(sent: Outgoing, reason: string): Promise<boolean> {
  return writing(() =>
    db.transaction('rw', db.outbox, db.quarantine, async () => {
      if ((await db.outbox.get(sent.seq)) === undefined) return false;
      await db.quarantine.put({ ...sent.visit, seq: sent.seq, reason });
      await db.outbox.delete(sent.seq);
      return true;
    }),
  );
}

/**
 * Puts quarantined visits back in the outbox (all, or those with the given ids), oldest first, for
 * staff to try again once the cause is fixed (a server updated, a setting corrected). Returns how
 * many changed.
 */
export async function requeueQuarantined(ids?: readonly string[]): Promise<number> {
  return writing(() =>
    db.transaction('rw', db.outbox, db.quarantine, async () => {
      const chosen = (await db.quarantine.toArray())
        .filter((row) => ids === undefined || ids.includes(row.id))
        .sort((a, b) => a.seq - b.seq);
      await db.quarantine.bulkDelete(chosen.map((row) => row.id));
      await db.outbox.bulkAdd(chosen.map(apiRecord));
      return chosen.length;
    }),
  );
}

function waitsForServerClock(row: QuarantineRow): boolean {
  return (row as RefusedRow).waitsForServerClock === true;
}

// The server's clock as the tablet reckons it is off by about half an exchange; a visit goes back
// only when it is this far inside the day, so it is not sent and refused again on the edge.
const DUE_MARGIN_MS = 2 * 60_000;

/**
 * Puts back in the outbox, oldest first, the refused visits the server judged only by its clock
 * whose time it would take by now: within a day of `serverNow` (the server's clock as the tablet
 * reckons it). Returns how many went back; the others keep waiting.
 */
export async function requeueDue(serverNow: number): Promise<number> {
  return writing(() =>
    db.transaction('rw', db.outbox, db.quarantine, async () => {
      const due = (await db.quarantine.toArray())
        .filter(
          (row) =>
            waitsForServerClock(row) &&
            Date.parse(row.visitedAt) - serverNow <= MOST_AHEAD_MS - DUE_MARGIN_MS,
        )
        .sort((a, b) => a.seq - b.seq);
      if (due.length === 0) return 0;
      await db.quarantine.bulkDelete(due.map((row) => row.id));
      await db.outbox.bulkAdd(due.map(apiRecord));
      return due.length;
    }),
  );
}

/** How many refused visits wait for the server's clock to come near them. */
export async function waitingForServerClock(): Promise<number> {
  return (await db.quarantine.toArray()).filter(waitsForServerClock).length;
}

/** Where each of the visits with these ids stands: waiting, refused, or held by the endpoint. */
export async function syncStatesOf(ids: readonly string[]): Promise<Map<string, SyncState>> {
  return db.transaction('r', db.outbox, db.quarantine, async () => {
    const [waiting, refused] = await Promise.all([
      db.outbox.where('id').anyOf(ids).toArray(),
      db.quarantine.bulkGet([...ids]),
    ]);
    const states = new Map<string, SyncState>(ids.map((id) => [id, 'synced']));
    for (const row of waiting) states.set(row.id, 'pending');
    for (const row of refused) if (row !== undefined) states.set(row.id, 'quarantined');
    return states;
  });
}

/** Every record the endpoint has not confirmed: refused ones first, then the queue, each oldest first. */
export async function unsyncedRecords(): Promise<Visit[]> {
  return db.transaction('r', db.outbox, db.quarantine, async () => {
    const refused = (await db.quarantine.toArray()).sort((a, b) => a.seq - b.seq);
    const waiting = await db.outbox.toArray();
    return [...refused, ...waiting].map(apiRecord);
  });
}

/** How many visits the endpoint has not confirmed yet: waiting to be sent, or refused by it. */
export async function unsyncedCount(): Promise<number> {
  return db.transaction('r', db.outbox, db.quarantine, async () => {
    const [waiting, refused] = await Promise.all([db.outbox.count(), db.quarantine.count()]);
    return waiting + refused;
  });
}

/** What the tablet tells its server of its outbox (POST /devices/me/status). */
export interface OutboxWaiting {
  /** Records waiting to be sent. */
  waiting: number;
  /** When the first of them in the queue was recorded (ISO 8601, UTC), or null when none waits. */
  oldestWaitingAt: string | null;
}

/**
 * How many records wait in the outbox and since when: the visit time of the one queued first, read
 * from the head of the queue rather than from every record, so a year's backlog costs no more.
 */
export async function outboxWaiting(): Promise<OutboxWaiting> {
  return db.transaction('r', db.outbox, async () => {
    const [waiting, head] = await Promise.all([
      db.outbox.count(),
      db.outbox.orderBy(':id').first(),
    ]);
    const at = head === undefined ? NaN : Date.parse(head.visitedAt);
    return { waiting, oldestWaitingAt: Number.isFinite(at) ? new Date(at).toISOString() : null };
  });
}

/** How many visits wait, which were refused and why, and when a delivery last succeeded. */
export async function outboxState(): Promise<OutboxState> {
  return db.transaction('r', db.outbox, db.quarantine, db.settings, async () => {
    const pending = await db.outbox.count();
    const quarantined = (await db.quarantine.toArray()).sort((a, b) => a.seq - b.seq);
    const { lastSuccessAt } = await getSyncSettings();
    return {
      lastSuccessAt,
      pending,
      quarantined: quarantined.length,
      quarantinedVisits: quarantined.map((row) => ({
        id: row.id,
        visitedAt: row.visitedAt,
        partyId: row.partyId,
        reason: row.reason,
      })),
    };
  });
}

/**
 * Calls `listener` with the outbox state now and again whenever it changes, in this tab or
 * another. Returns the function that stops it.
 */
export function observeOutbox(
  listener: (state: OutboxState) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  const subscription = liveQuery(outboxState).subscribe({ next: listener, error: onError });
  return () => subscription.unsubscribe();
}
