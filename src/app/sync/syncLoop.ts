// The tablet's sync loop: delivers every pending visit to the endpoint, oldest first, in batches, and
// marks each one only from the endpoint's answer, so a visit reaches the server exactly once whatever
// the network does (the endpoint treats a resent id as a retry). One delivery at a time per tablet,
// across tabs, through a lock; between attempts it waits with jittered backoff, and it wakes on a
// check-in, on `online`, when the page is shown again, and every minute while anything is pending.
import type { Outgoing, SyncAnswer } from '../data/outbox';
import { MAX_BATCH, markDelivered, nextBatch, outboxState, quarantineVisit } from '../data/outbox';
import { getSyncSettings } from '../data/syncSettings';
import type { BackoffOptions } from './backoff';
import { DEFAULT_BACKOFF, retryDelay } from './backoff';
import type { ProblemCode } from './client';
import { DEFAULT_TIMEOUT_MS, postVisits } from './client';
import type { SyncLock } from './lock';
import { defaultLock } from './lock';
import { defaultEndpoint, pairFromLocation } from './pairing';
import type { SyncProblem, SyncStatusStore } from './status';
import { syncStatus } from './status';

type EventSource = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface SyncOptions {
  /** The status the loop reports to; the page's `syncStatus` by default. */
  status?: SyncStatusStore;
  /** One delivery at a time: Web Locks in the browser, a page-wide lock in memory elsewhere. */
  lock?: SyncLock;
  fetch?: typeof fetch;
  /** Milliseconds one request may take, reading the answer included. */
  timeoutMs?: number;
  batchSize?: number;
  backoff?: Partial<BackoffOptions>;
  random?: () => number;
  now?: () => number;
  /** The wait after requestSync(), so the visits of a party and a quick undo go together. */
  afterCheckInMs?: number;
  /** How often to try while visits are pending and nothing else wakes the loop. */
  pendingEveryMs?: number;
  /** The wait before trying again when another tab holds the lock. */
  lockBusyMs?: number;
  /** How often to try while the token is refused, so a server put right is noticed. */
  pausedEveryMs?: number;
  /** Where `online` and `pageshow` fire; `window` in the browser, none in Node. */
  window?: EventSource | null;
  /** Where `visibilitychange` fires; `document` in the browser. */
  document?: (EventSource & Pick<Document, 'visibilityState'>) | null;
  /** The endpoint when none is stored: the app's own origin. */
  defaultEndpoint?: () => string | null;
  /** Reads a `#pair=` link from the address bar at start and on `hashchange`; on in the browser. */
  pairFromAddressBar?: boolean;
}

const ONE_MINUTE = 60_000;

type Failure =
  | { kind: 'failed'; code: ProblemCode; message: string; retryAfterMs: number | null }
  | { kind: 'paused'; code: ProblemCode; message: string }
  | { kind: 'stopped' };

// allAnswered: the answer accounted for every visit sent, so none of them is left in the outbox.
type Step = { kind: 'progress'; progressed: boolean; allAnswered: boolean } | Failure;

type PassEnd = { kind: 'done' } | { kind: 'busy' } | { kind: 'not-paired' } | Failure;

const NOT_PAIRED =
  'This tablet is not paired with a server yet; open the pairing link or scan the QR code the server printed.';

interface Loop {
  wake(reason: 'check-in' | 'paired'): void;
}

const loops = new Set<Loop>();

/** Asks every running loop of this page to deliver soon (about two seconds); call after a check-in. */
export function requestSync(): void {
  for (const loop of loops) loop.wake('check-in');
}

/** A new pairing was stored: forget the pause and the backoff and try at once. */
export function syncAfterPairing(): void {
  for (const loop of loops) loop.wake('paired');
}

function browserGlobal<T>(get: () => T): T | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

// The endpoint's bare "conflict" becomes a sentence staff can act on; it still starts with the word.
function quarantineReason(reason: string): string {
  return reason === 'conflict'
    ? 'conflict: the server already holds a different visit with this id; it was not sent again.'
    : reason;
}

function readableAnswer(answer: SyncAnswer): SyncAnswer {
  return {
    stored: answer.stored,
    rejected: answer.rejected.map(({ id, reason }) => ({ id, reason: quarantineReason(reason) })),
  };
}

/**
 * Starts the sync loop of this page and returns the function that stops it (listeners removed, a
 * request in flight aborted; it resolves once the loop is still). A request aborted by a stop marks
 * nothing, and its visits are sent again by the next loop.
 */
export function startSync(options: SyncOptions = {}): () => Promise<void> {
  const status = options.status ?? syncStatus;
  const lock = options.lock ?? defaultLock();
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const backoff: BackoffOptions = { ...DEFAULT_BACKOFF, ...options.backoff };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const batchSize = options.batchSize ?? MAX_BATCH;
  const afterCheckInMs = options.afterCheckInMs ?? 2_000;
  const pendingEveryMs = options.pendingEveryMs ?? ONE_MINUTE;
  const lockBusyMs = options.lockBusyMs ?? 5_000;
  const pausedEveryMs = options.pausedEveryMs ?? backoff.capMs;
  const fallbackEndpoint = options.defaultEndpoint ?? (() => defaultEndpoint());
  const win = options.window !== undefined ? options.window : browserGlobal(() => window);
  const doc = options.document !== undefined ? options.document : browserGlobal(() => document);
  const pairFromAddressBar = options.pairFromAddressBar ?? win !== null;

  const stopController = new AbortController();
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;
  // A wake-up asked for while a pass runs; honoured when it ends.
  let wantedAt = Infinity;
  let failures = 0;
  let backoffUntil = 0;

  function problem(code: ProblemCode, message: string): SyncProblem {
    return { code, message, at: now() };
  }

  function scheduleAt(at: number): void {
    if (stopped) return;
    if (running !== null) {
      wantedAt = Math.min(wantedAt, at);
      return;
    }
    if (timer !== undefined && timerAt <= at) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timer = undefined;
        timerAt = Infinity;
        run();
      },
      Math.max(0, at - now()),
    );
    status.update({ nextAttemptAt: at });
  }

  /** Tries after `delayMs`, but not before the backoff allows. */
  function wakeIn(delayMs: number): void {
    scheduleAt(Math.max(now() + delayMs, backoffUntil));
  }

  function resetBackoff(): void {
    failures = 0;
    backoffUntil = 0;
  }

  // The endpoint answered as the API says: the network and the token are fine.
  function answered(): number {
    const at = now();
    resetBackoff();
    status.update({ lastSuccessAt: at, lastError: null, pausedWhy: null });
    return at;
  }

  async function deliver(
    outgoing: readonly Outgoing[],
    endpoint: string,
    token: string,
  ): Promise<Step> {
    const visits = outgoing.map(({ visit }) => visit);
    const outcome = await postVisits({
      endpoint,
      token,
      visits,
      timeoutMs,
      signal: stopController.signal,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      now,
    });
    switch (outcome.kind) {
      case 'answered': {
        const at = answered();
        const answer = readableAnswer(outcome.answer);
        const marked = await markDelivered(outgoing, answer, at);
        const progressed = marked.synced + marked.quarantined + marked.changed > 0;
        // A rejection without a usable id belongs to one of the unanswered visits; sending them in
        // halves finds which, down to a request of one visit whose rejection can only be its own.
        const sent = new Set(visits.map((visit) => visit.id));
        const unplaced = answer.rejected.find(({ id }) => id === null || !sent.has(id));
        const [only] = marked.unanswered;
        if (unplaced === undefined || only === undefined) {
          return { kind: 'progress', progressed, allAnswered: marked.unanswered.length === 0 };
        }
        if (outgoing.length === 1) {
          await quarantineVisit(only, unplaced.reason);
          return { kind: 'progress', progressed: true, allAnswered: false };
        }
        const halves = await inHalves(marked.unanswered, endpoint, token);
        return halves.kind === 'progress'
          ? { kind: 'progress', progressed: progressed || halves.progressed, allAnswered: false }
          : halves;
      }
      case 'bad-batch': {
        // The whole request was refused: some visit in it breaks a rule the endpoint checks before
        // judging visits one by one. Halving finds it; a batch of one is that visit.
        const [first] = outgoing;
        if (outgoing.length === 1 && first !== undefined) {
          await quarantineVisit(first, `The server refused this visit: ${outcome.message}`);
          return { kind: 'progress', progressed: true, allAnswered: false };
        }
        return inHalves(outgoing, endpoint, token);
      }
      case 'unauthorized':
        return { kind: 'paused', code: outcome.code, message: outcome.message };
      case 'retry':
        return {
          kind: 'failed',
          code: outcome.code,
          message: outcome.message,
          retryAfterMs: outcome.retryAfterMs,
        };
      case 'stopped':
        return { kind: 'stopped' };
    }
  }

  async function inHalves(
    outgoing: readonly Outgoing[],
    endpoint: string,
    token: string,
  ): Promise<Step> {
    const middle = Math.ceil(outgoing.length / 2);
    let progressed = false;
    for (const half of [outgoing.slice(0, middle), outgoing.slice(middle)]) {
      if (half.length === 0) continue;
      const step = await deliver(half, endpoint, token);
      if (step.kind !== 'progress') return step;
      progressed ||= step.progressed;
    }
    return { kind: 'progress', progressed, allAnswered: false };
  }

  async function deliverAll(): Promise<PassEnd> {
    const settings = await getSyncSettings();
    const endpoint = settings.endpoint ?? fallbackEndpoint();
    if (endpoint === null || settings.token === null) return { kind: 'not-paired' };
    // Each read starts where the last batch did rather than at the head of the outbox, where the
    // keys of every batch delivered in this pass were deleted and a read would step over them all.
    // Whatever an answer left queued is read again from there.
    let after = 0;
    let upcoming: Promise<Outgoing[]> | null = null;
    for (;;) {
      if (stopped) return { kind: 'stopped' };
      const batch = await (upcoming ?? nextBatch(batchSize, after));
      const [head] = batch;
      const tail = batch.at(-1);
      if (head === undefined || tail === undefined) return { kind: 'done' };
      // The next batch is read while this one is on its way. It is used when the answer left none
      // of this one queued and the read found a full batch: a void queued meanwhile has a later
      // seq and is read in its turn. Else the outbox is read again, after the answer.
      const ahead = nextBatch(batchSize, tail.seq);
      ahead.catch(() => undefined);
      const step = await deliver(batch, endpoint, settings.token);
      if (step.kind !== 'progress') return step;
      after = head.seq - 1;
      upcoming = step.allAnswered
        ? ahead.then((next) => (next.length === batchSize ? next : nextBatch(batchSize, after)))
        : null;
      // An answer that accounted for none of the visits would send the same batch forever.
      if (!step.progressed) {
        return {
          kind: 'failed',
          code: 'bad-response',
          message:
            'The server answered without storing or refusing the visits sent; they wait for the next try.',
          retryAfterMs: null,
        };
      }
    }
  }

  async function pass(): Promise<void> {
    let end: PassEnd;
    try {
      const outcome = await lock.ifAvailable(async () => {
        status.update({ syncing: true });
        try {
          return await deliverAll();
        } finally {
          status.update({ syncing: false });
        }
      });
      end = outcome.ran ? outcome.value : { kind: 'busy' };
    } catch (error) {
      end = {
        kind: 'failed',
        code: 'storage',
        message: `The tablet could not read or mark its visits: ${messageOf(error)}`,
        retryAfterMs: null,
      };
    }
    if (stopped) return;

    let pending = 0;
    try {
      const state = await outboxState();
      pending = state.pending;
      status.update(state);
    } catch {
      // The counts stay as they were; the next pass reports the storage problem if it lasts.
    }

    let nextIn: number | null = pending > 0 ? pendingEveryMs : null;
    switch (end.kind) {
      case 'done':
        // Reaching 'done' means a pairing is stored, perhaps by another tab.
        status.update({
          lastError: null,
          ...(status.getStatus().pausedWhy?.code === 'not-paired' ? { pausedWhy: null } : {}),
        });
        break;
      case 'busy':
        nextIn = lockBusyMs;
        break;
      case 'not-paired':
        status.update({ pausedWhy: problem('not-paired', NOT_PAIRED) });
        break;
      case 'paused': {
        const why = problem(end.code, end.message);
        status.update({ pausedWhy: why, lastError: why });
        backoffUntil = now() + pausedEveryMs;
        nextIn = pausedEveryMs;
        break;
      }
      case 'failed': {
        failures += 1;
        const delay = retryDelay(failures, end.retryAfterMs, backoff, random);
        backoffUntil = now() + delay;
        status.update({ lastError: problem(end.code, end.message) });
        nextIn = delay;
        break;
      }
      case 'stopped':
        return;
    }
    if (nextIn !== null) scheduleAt(now() + nextIn);
  }

  function run(): void {
    if (stopped || running !== null) return;
    status.update({ nextAttemptAt: null });
    running = pass().finally(() => {
      running = null;
      const wanted = wantedAt;
      wantedAt = Infinity;
      if (wanted !== Infinity) scheduleAt(Math.max(wanted, backoffUntil));
    });
  }

  async function pairIfLinked(): Promise<void> {
    if (!pairFromAddressBar) return;
    const result = await pairFromLocation().catch(
      (error: unknown) => ({ status: 'failed', reason: messageOf(error) }) as const,
    );
    if (result.status === 'failed') {
      status.update({ lastError: problem('not-paired', result.reason) });
    } else if (result.status === 'paired') {
      resetBackoff();
      status.update({ pausedWhy: null });
      wakeIn(0);
    }
  }

  const loop: Loop = {
    wake(reason) {
      if (reason === 'paired') {
        resetBackoff();
        status.update({ pausedWhy: null });
        wakeIn(0);
      } else {
        wakeIn(afterCheckInMs);
      }
    },
  };

  const onOnline = () => {
    // The network is back: whatever the last failure was, it is worth trying now.
    resetBackoff();
    wakeIn(0);
  };
  const onShown = () => wakeIn(0);
  const onVisibility = () => {
    if (doc?.visibilityState === 'visible') wakeIn(0);
  };
  const onHashChange = () => void pairIfLinked();

  loops.add(loop);
  win?.addEventListener('online', onOnline);
  win?.addEventListener('pageshow', onShown);
  if (pairFromAddressBar) win?.addEventListener('hashchange', onHashChange);
  doc?.addEventListener('visibilitychange', onVisibility);
  void pairIfLinked().finally(() => wakeIn(0));

  return async function stop(): Promise<void> {
    if (!stopped) {
      stopped = true;
      loops.delete(loop);
      clearTimeout(timer);
      timer = undefined;
      win?.removeEventListener('online', onOnline);
      win?.removeEventListener('pageshow', onShown);
      win?.removeEventListener('hashchange', onHashChange);
      doc?.removeEventListener('visibilitychange', onVisibility);
      stopController.abort();
      status.update({ syncing: false, nextAttemptAt: null });
    }
    await running;
  };
}
