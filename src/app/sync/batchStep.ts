// One batch on its way and what its answer, or the ending of its request, does to its visits: every
// visit marked only from the endpoint's answer, a batch the server refused whole sent again in
// halves down to the one visit that cannot pass (quarantined with the reason), and each ending
// turned into the step the delivery pass takes next. The notes beside the marks (the last success,
// the clock) are kept when they can be and never hold a delivered batch back.
import { CONFLICT_REASON } from '../../shared/api/visits';
import type { BatchAnswer } from '../../shared/api/visits';
import type { Visit } from '../../shared/visit';
import type { AnsweredBatch, MarkResult, Outgoing, SeqRun } from '../data/outbox';
import { markAllDelivered, MOST_AHEAD_MS, quarantineVisit } from '../data/outbox';
import { markKeyRevoked } from '../data/syncSettings';
import type { PostOutcome, ProblemCode } from './client';
import { inBetweenMessage, postVisits } from './client';
import type { ServerNews } from './clock';

export type Failure =
  | { kind: 'failed'; code: ProblemCode; message: string; retryAfterMs: number | null }
  | { kind: 'paused'; code: ProblemCode; message: string }
  | { kind: 'stopped' };

// allAnswered: the answer accounted for every visit sent, so none of them is left in the outbox.
export type Step =
  { kind: 'progress'; progressed: boolean; allAnswered: boolean } | { kind: 'revoked' } | Failure;

/** Where and as whom the batches go. */
export interface Target {
  endpoint: string;
  token: string;
  device?: string;
}

export interface SendOptions {
  /** Milliseconds one request may take, reading the answer included. */
  timeoutMs: number;
  /** Stops the pass, aborting the requests in flight; an aborted request marks nothing. */
  signal: AbortSignal;
  fetch?: typeof fetch;
  now: () => number;
  /** The endpoint answered as the API says; returns the moment, noted beside the marks. */
  answered: () => number;
  /** Told what an answer said of the server's clock and the centre's zone; never throws. */
  heard: (news: ServerNews) => Promise<void>;
  /** The server's clock as the tablet reckons it now (epoch milliseconds). */
  serverNow: () => number;
  /** Keeps (or plans to keep) when the endpoint answered; never throws. */
  noteSuccess: (at: number) => Promise<void>;
  /**
   * Takes the run of places of a batch the endpoint stored whole, to leave the outbox later with
   * others in one transaction (delivery.ts). Without it every answer is marked at once.
   */
  owe?: (run: SeqRun) => void;
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

/** A batch sent, its answer still to come. */
export interface Sent {
  outgoing: readonly Outgoing[];
  outcome: Promise<PostOutcome>;
  /** The outcome, once it has come. */
  came?: PostOutcome;
}

type Answered = Extract<PostOutcome, { kind: 'answered' }>;

/** Sends the batch now; its answer is awaited apart. */
export function send(outgoing: readonly Outgoing[], target: Target, options: SendOptions): Sent {
  const outcome = postVisits({
    ...target,
    visits: outgoing.map(({ visit }) => visit),
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    fetch: options.fetch,
    now: options.now,
  });
  const sent: Sent = { outgoing, outcome };
  void outcome.then((came) => (sent.came = came));
  return sent;
}

/** The answer that has come for the batch, when every rejection in it names a visit of the batch. */
export function plainAnswer(sent: Sent): Answered | null {
  const { came } = sent;
  if (came?.kind !== 'answered') return null;
  if (came.answer.rejected.length === 0) return came;
  const ids = new Set(sent.outgoing.map(({ visit }) => visit.id));
  return came.answer.rejected.every(({ id }) => id !== null && ids.has(id)) ? came : null;
}

/** Marks what a batch's answer says, and only that; any other ending of its request marks nothing. */
export async function markIfAnswered(sent: Sent, options: SendOptions): Promise<void> {
  const outcome = await sent.outcome;
  if (outcome.kind === 'answered')
    await applyAnswers([{ outgoing: sent.outgoing, outcome }], options);
}

/** The run of places of a batch whose every visit the answer says was stored, else null. */
function storedWhole({ sent, answer }: AnsweredBatch): SeqRun | null {
  const [first, last] = [sent[0], sent.at(-1)];
  if (first === undefined || last === undefined || answer.rejected.length > 0) return null;
  const stored = new Set(answer.stored);
  return sent.every(({ visit }) => stored.has(visit.id)) ? [first.seq, last.seq] : null;
}

/**
 * Marks the visits of each batch from its answer, all in one transaction; a batch stored whole is
 * handed to `owe` instead, when the pass takes such batches to drop them together. What the
 * answers said of the server's clock and zone, and when they came, are noted beside the marks, in
 * transactions of their own that cannot undo them.
 */
async function applyAnswers(
  batches: readonly { outgoing: readonly Outgoing[]; outcome: Answered }[],
  options: SendOptions,
): Promise<{ answer: BatchAnswer; marked: MarkResult }[]> {
  const at = options.answered();
  const answered = batches.map(({ outgoing, outcome }): AnsweredBatch => {
    // The server's clock as it judged: from its answer, else as the tablet reckons it.
    const judgedAt = outcome.news.clock?.serverAt ?? options.serverNow();
    return {
      sent: outgoing,
      answer: readableAnswer(outcome.answer),
      options: {
        refusedForTime: (visit: Visit) => Date.parse(visit.visitedAt) - judgedAt > MOST_AHEAD_MS,
      },
    };
  });
  const owed = answered.map((batch) => (options.owe ? storedWhole(batch) : null));
  const heardInTurn = async () => {
    for (const { outcome } of batches) await options.heard(outcome.news);
  };
  const [marked] = await Promise.all([
    markAllDelivered(answered.filter((_, i) => owed[i] === null)),
    heardInTurn(),
    options.noteSuccess(at),
  ]);
  let next = 0;
  return answered.map(({ sent, answer }, i) => {
    const run = owed[i];
    if (run === null || run === undefined) {
      return { answer, marked: marked[next++] ?? NOTHING_MARKED };
    }
    options.owe?.(run);
    return { answer, marked: { ...NOTHING_MARKED, synced: sent.length } };
  });
}

const NOTHING_MARKED: MarkResult = { synced: 0, quarantined: 0, changed: 0, unanswered: [] };

function progress(marked: MarkResult): Step {
  return {
    kind: 'progress',
    progressed: marked.synced + marked.quarantined + marked.changed > 0,
    allAnswered: marked.unanswered.length === 0,
  };
}

/** Settles batches whose plain answers have come (plainAnswer), in one transaction. */
export async function settleAnswered(sent: readonly Sent[], options: SendOptions): Promise<Step[]> {
  const batches = sent.map((one) => {
    const outcome = plainAnswer(one);
    if (outcome === null) throw new Error('Only batches answered plainly settle together.');
    return { outgoing: one.outgoing, outcome };
  });
  return (await applyAnswers(batches, options)).map(({ marked }) => progress(marked));
}

async function deliver(
  outgoing: readonly Outgoing[],
  target: Target,
  options: SendOptions,
): Promise<Step> {
  return settle(outgoing, await send(outgoing, target, options).outcome, target, options);
}

/** What a batch's answer, or the ending of its request, means for its visits. */
export async function settle(
  outgoing: readonly Outgoing[],
  outcome: PostOutcome,
  target: Target,
  options: SendOptions,
): Promise<Step> {
  switch (outcome.kind) {
    case 'answered': {
      const [applied] = await applyAnswers([{ outgoing, outcome }], options);
      if (applied === undefined) throw new Error('Marking gave no result for the batch.');
      const { answer, marked } = applied;
      const step = progress(marked);
      const progressed = step.kind === 'progress' && step.progressed;
      // A rejection without a usable id belongs to one of the unanswered visits; sending them in
      // halves finds which, down to a request of one visit whose rejection can only be its own.
      const ids = new Set(outgoing.map(({ visit }) => visit.id));
      const unplaced = answer.rejected.find(({ id }) => id === null || !ids.has(id));
      const [only] = marked.unanswered;
      if (unplaced === undefined || only === undefined) return step;
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
  options: SendOptions,
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
