// One delivery pass over the outbox: batches oldest first, the next batch read while one is on its
// way, every visit marked only from the endpoint's answer, a batch the server refused whole sent
// again in halves down to the one visit that cannot pass (quarantined with the reason), and each
// ending of a request turned into the step that follows. Before it, the server's clock and zone are
// asked for when no answer brought them lately, and visits the server refused only for lying ahead
// of its clock go back in the outbox once it would take them. Knows nothing of timers, locks or the
// page. Only the outbox's own writes can stop a pass: the notes beside it (the last success, the
// clock, the tablet's id) are kept when they can be and never hold a delivered batch back. A key the
// server withdrew is noted and nothing more is sent with it: the visits wait, untouched, for the
// next pairing.
import { CONFLICT_REASON } from '../../shared/api/visits';
import type { BatchAnswer } from '../../shared/api/visits';
import type { Visit } from '../../shared/visit';
import type { Outgoing } from '../data/outbox';
import {
  markDelivered,
  MOST_AHEAD_MS,
  nextBatch,
  quarantineVisit,
  requeueDue,
} from '../data/outbox';
import {
  getSyncSettings,
  knownSyncDevice,
  markKeyRevoked,
  recordSyncSuccess,
  syncDevice,
} from '../data/syncSettings';
import type { ProblemCode } from './client';
import { inBetweenMessage, postVisits } from './client';
import type { ServerNews } from './clock';
import { askServerNews } from './health';

type Failure =
  | { kind: 'failed'; code: ProblemCode; message: string; retryAfterMs: number | null }
  | { kind: 'paused'; code: ProblemCode; message: string }
  | { kind: 'stopped' };

export type DeliveryEnd =
  | { kind: 'done' }
  | { kind: 'not-paired' }
  /** The tablet's key was withdrawn: nothing is sent until it is paired again. */
  | { kind: 'revoked' }
  | Failure;

// allAnswered: the answer accounted for every visit sent, so none of them is left in the outbox.
type Step =
  { kind: 'progress'; progressed: boolean; allAnswered: boolean } | { kind: 'revoked' } | Failure;

export interface DeliveryOptions {
  batchSize: number;
  /** Milliseconds one request may take, reading the answer included. */
  timeoutMs: number;
  /** Stops the pass, aborting the request in flight; an aborted request marks nothing. */
  signal: AbortSignal;
  fetch?: typeof fetch;
  now: () => number;
  /** The endpoint when none is stored. */
  defaultEndpoint: () => string | null;
  /** The endpoint answered as the API says; returns the moment, noted beside the marks. */
  answered: () => number;
  /** Told what an answer said of the server's clock and the centre's zone; never throws. */
  heard: (news: ServerNews) => Promise<void>;
  /** Whether it is time to ask the server's clock before delivering. */
  clockDue: () => boolean;
  /** The server's clock as the tablet reckons it now (epoch milliseconds). */
  serverNow: () => number;
}

interface Target {
  endpoint: string;
  token: string;
  device?: string;
}

// The tablet's id for its server: the one its key was made for, which the server takes the visits
// under whatever the body says; else its own, made on first use. Sent when it can be had: a full
// disk that refuses to keep a new one must not stop the visits going out.
async function deviceToSend(keyDevice: string | null): Promise<string | undefined> {
  if (keyDevice !== null) return keyDevice;
  try {
    return await syncDevice();
  } catch {
    return (await knownSyncDevice().catch(() => null)) ?? undefined;
  }
}

// The endpoint's bare "conflict" becomes a sentence staff can act on; it still starts with the word.
function quarantineReason(reason: string): string {
  return reason === CONFLICT_REASON
    ? 'conflict: the server already holds a different visit with this id; it was not sent again.'
    : reason;
}

function readableAnswer(answer: BatchAnswer): BatchAnswer {
  return {
    stored: answer.stored,
    rejected: answer.rejected.map(({ id, reason }) => ({ id, reason: quarantineReason(reason) })),
  };
}

/** Delivers every pending visit, or says why it stopped. Throws only when storage fails. */
export async function deliverAll(options: DeliveryOptions): Promise<DeliveryEnd> {
  const { batchSize, signal } = options;
  const settings = await getSyncSettings();
  const endpoint = settings.endpoint ?? options.defaultEndpoint();
  if (endpoint === null || settings.token === null) return { kind: 'not-paired' };
  if (settings.revokedAt !== null) return { kind: 'revoked' };
  const device = await deviceToSend(settings.device);
  const target: Target = { endpoint, token: settings.token, ...(device ? { device } : {}) };
  if (options.clockDue()) {
    const news = await askServerNews(target, {
      timeoutMs: options.timeoutMs,
      signal,
      fetch: options.fetch,
      now: options.now,
    });
    if (signal.aborted) return { kind: 'stopped' };
    if (news !== null) await options.heard(news);
  }
  // Kept for another pass when it cannot be done now; it never holds up what is already queued.
  await requeueDue(options.serverNow()).catch(() => undefined);
  // Each read starts where the last batch did rather than at the head of the outbox, where the
  // keys of every batch delivered in this pass were deleted and a read would step over them all.
  // Whatever an answer left queued is read again from there.
  let after = 0;
  let upcoming: Promise<Outgoing[]> | null = null;
  for (;;) {
    if (signal.aborted) return { kind: 'stopped' };
    const batch = await (upcoming ?? nextBatch(batchSize, after));
    const [head] = batch;
    const tail = batch.at(-1);
    if (head === undefined || tail === undefined) return { kind: 'done' };
    // The next batch is read while this one is on its way. It is used when the answer left none
    // of this one queued and the read found a full batch: a void queued meanwhile has a later
    // seq and is read in its turn. Else the outbox is read again, after the answer.
    const ahead = nextBatch(batchSize, tail.seq);
    ahead.catch(() => undefined);
    const step = await deliver(batch, target, options);
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

async function deliver(
  outgoing: readonly Outgoing[],
  target: Target,
  options: DeliveryOptions,
): Promise<Step> {
  const visits = outgoing.map(({ visit }) => visit);
  const outcome = await postVisits({
    ...target,
    visits,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    fetch: options.fetch,
    now: options.now,
  });
  switch (outcome.kind) {
    case 'answered': {
      const at = options.answered();
      await options.heard(outcome.news);
      const answer = readableAnswer(outcome.answer);
      // The server's clock as it judged: from its answer, else as the tablet reckons it.
      const judgedAt = outcome.news.clock?.serverAt ?? options.serverNow();
      const marked = await markDelivered(outgoing, answer, {
        refusedForTime: (visit: Visit) => Date.parse(visit.visitedAt) - judgedAt > MOST_AHEAD_MS,
      });
      await recordSyncSuccess(at).catch(() => undefined);
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
      const halves = await inHalves(marked.unanswered, target, options);
      return halves.kind === 'progress'
        ? { kind: 'progress', progressed: progressed || halves.progressed, allAnswered: false }
        : halves;
    }
    case 'bad-batch': {
      // The whole request was refused: some visit in it breaks a rule the endpoint checks before
      // judging visits one by one. Halving finds it; a batch of one is that visit, when the server
      // itself said so. Something in between refusing even one visit is a fault to wait out.
      const [first] = outgoing;
      if (outgoing.length === 1 && first !== undefined) {
        if (!outcome.serversOwn) {
          return {
            kind: 'failed',
            code: 'in-between',
            message: inBetweenMessage(outcome.status),
            retryAfterMs: null,
          };
        }
        await quarantineVisit(first, `The server refused this visit: ${outcome.message}`);
        return { kind: 'progress', progressed: true, allAnswered: false };
      }
      return inHalves(outgoing, target, options);
    }
    case 'unauthorized':
      if (outcome.code === 'revoked') {
        // Kept when it can be; without the note the next pass is refused the same way.
        await markKeyRevoked(target.token, options.now()).catch(() => undefined);
        return { kind: 'revoked' };
      }
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
  target: Target,
  options: DeliveryOptions,
): Promise<Step> {
  const middle = Math.ceil(outgoing.length / 2);
  let progressed = false;
  for (const half of [outgoing.slice(0, middle), outgoing.slice(middle)]) {
    if (half.length === 0) continue;
    const step = await deliver(half, target, options);
    if (step.kind !== 'progress') return step;
    progressed ||= step.progressed;
  }
  return { kind: 'progress', progressed, allAnswered: false };
}
