// One delivery pass over the outbox: batches oldest first, a few on their way at a time, each marked
// only from its own answer (batchStep.ts); those stored whole leave the outbox a few thousand at a
// time (storedBatches). Before it, the server's clock and zone are asked for when no answer brought
// them lately, and visits the server refused only for lying ahead of its clock go back in the
// outbox once it would take them. Knows nothing of timers, locks or the page. Only the outbox's own
// writes can stop a pass: the notes beside it (the last success, the clock, the tablet's id) are
// kept when they can be and never hold a delivered batch back. A key the server withdrew is noted
// and nothing more is sent with it: the visits wait, untouched, for the next pairing.
import type { SeqRun } from '../data/outbox';
import { dropStoredRuns, nextBatch, requeueDue } from '../data/outbox';
import {
  getSyncSettings,
  knownSyncDevice,
  recordSyncSuccess,
  syncDevice,
} from '../data/syncSettings';
import type { Failure, SendOptions, Sent, Target } from './batchStep';
import { markIfAnswered, plainAnswer, send, settle, settleAnswered } from './batchStep';
import { askServerNews } from './health';

export type DeliveryEnd =
  | { kind: 'done' }
  | { kind: 'not-paired' }
  /** The tablet's key was withdrawn: nothing is sent until it is paired again. */
  | { kind: 'revoked' }
  | Failure;

export interface DeliveryOptions extends Omit<SendOptions, 'noteSuccess' | 'owe'> {
  batchSize: number;
  /** How many places of the outbox stored whole wait to leave it together (DROP_EVERY). */
  dropEvery: number;
  /** The endpoint when none is stored. */
  defaultEndpoint: () => string | null;
  /** Whether it is time to ask the server's clock before delivering. */
  clockDue: () => boolean;
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

/** The options of a pass, with where it notes the answers' moments. */
type PassOptions = DeliveryOptions & SendOptions;

/** How often a pass keeps the moment of the last answer while it goes on; and once at its end. */
export const SUCCESS_NOTE_EVERY_MS = 10_000;

/**
 * When the endpoint last answered, kept at the first answer of a pass, then at most every
 * SUCCESS_NOTE_EVERY_MS and once more when the pass ends: a note on every batch was a durable write
 * of its own, and cost a year's backlog as much as marking the batches did.
 */
function successNotes() {
  let keptAt = -Infinity;
  let unkept: number | null = null;
  const keep = (at: number) => recordSyncSuccess(at).catch(() => undefined);
  return {
    note(at: number): Promise<void> {
      if (at - keptAt < SUCCESS_NOTE_EVERY_MS) {
        unkept = at;
        return Promise.resolve();
      }
      keptAt = at;
      unkept = null;
      return keep(at);
    },
    async flush(): Promise<void> {
      if (unkept !== null) await keep(unkept);
      unkept = null;
    },
  };
}

/** How many places of the outbox stored whole a pass lets wait before it takes them out. */
export const DROP_EVERY = 2_000;

/**
 * The batches the endpoint stored whole, waiting to leave the outbox together: a year's backlog
 * then costs the tablet a few transactions for its marks rather than one for every batch, and none
 * reads the batch's places back first (dropStoredRuns). They are dropped every DROP_EVERY places,
 * before the outbox is read again from an earlier place, and when the pass ends, however it ends.
 * Until then they still count as waiting; were the page to close first, they would be sent again
 * and the endpoint would answer them as the retries they are.
 */
function storedBatches(dropEvery: number) {
  let runs: SeqRun[] = [];
  const drop = async () => {
    const taken = runs;
    runs = [];
    await dropStoredRuns(taken);
  };
  // The places the runs span: as many as their visits, or more where earlier ones left gaps.
  const places = () => runs.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  return {
    owe: (run: SeqRun) => void runs.push(run),
    drop,
    dropIfDue: () => (places() >= dropEvery ? drop() : Promise.resolve()),
  };
}

/** Delivers every pending visit, or says why it stopped. Throws only when storage fails. */
export async function deliverAll(given: DeliveryOptions): Promise<DeliveryEnd> {
  const notes = successNotes();
  const stored = storedBatches(given.dropEvery);
  try {
    return await deliverNoting({ ...given, noteSuccess: notes.note, owe: stored.owe }, stored);
  } finally {
    await stored.drop();
    await notes.flush();
  }
}

async function deliverNoting(
  options: PassOptions,
  stored: { drop: () => Promise<void>; dropIfDue: () => Promise<void> },
): Promise<DeliveryEnd> {
  const { signal } = options;
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
  for (;;) {
    if (signal.aborted) return { kind: 'stopped' };
    const flight: Flight = { sent: [], readTo: after };
    await topUp(flight, target, options);
    if (flight.sent.length === 0) return { kind: 'done' };
    const landed = await land(flight, target, options, stored.dropIfDue);
    if (landed.kind !== 'read-again') return landed;
    // What is read again from an earlier place must not find what was stored, still waiting.
    await stored.drop();
    after = landed.after;
  }
}

/** How many batches are on their way at most. */
export const IN_FLIGHT = 3;

/**
 * The batches on their way, oldest first, and the place in the outbox after the last one read.
 * Up to IN_FLIGHT are sent before the first answer is back, so the server stores some while the
 * tablet marks others (and commits those that arrive together at once), and the answers that come
 * while the tablet marks are marked together next, in one transaction. Each batch is still marked
 * only from its own answer, in the order sent. The server judges every visit by its id whatever
 * order two requests reach it in, and a void queued meanwhile has a later seq: it is read in its
 * turn.
 */
interface Flight {
  sent: Sent[];
  readTo: number;
}

type Landing = { kind: 'read-again'; after: number } | { kind: 'revoked' } | Failure;

const NOTHING_ANSWERED: Failure = {
  kind: 'failed',
  code: 'bad-response',
  message:
    'The server answered without storing or refusing the visits sent; they wait for the next try.',
  retryAfterMs: null,
};

/** Reads and sends the batches after the last one read until IN_FLIGHT are on their way. */
async function topUp(flight: Flight, target: Target, options: PassOptions): Promise<void> {
  while (flight.sent.length < IN_FLIGHT && !options.signal.aborted) {
    const batch = await nextBatch(options.batchSize, flight.readTo);
    const tail = batch.at(-1);
    if (tail === undefined || options.signal.aborted) return;
    flight.readTo = tail.seq;
    flight.sent.push(send(batch, target, options));
  }
}

/**
 * Settles the batches on their way in the order sent: the first, with every answer that has come
 * plainly behind it; meanwhile the next batches are read and sent. Ends when the outbox has no
 * more to read (read-again from there, for what was queued meanwhile), when an answer left visits
 * queued (read-again from its batch's head), or with the first request that did not deliver: the
 * batches still on their way are then marked from their answers when they came, and nothing more
 * is sent.
 */
async function land(
  flight: Flight,
  target: Target,
  options: PassOptions,
  dropIfDue: () => Promise<void>,
): Promise<Landing> {
  for (;;) {
    const [current] = flight.sent;
    if (current === undefined) return { kind: 'read-again', after: flight.readTo };
    const outcome = await current.outcome;
    const group = [current];
    if (plainAnswer(current) !== null) {
      for (const later of flight.sent.slice(1)) {
        if (plainAnswer(later) === null) break;
        group.push(later);
      }
    }
    flight.sent.splice(0, group.length);
    const steps =
      group.length > 1
        ? settleAnswered(group, options)
        : settle(current.outgoing, outcome, target, options).then((step) => [step]);
    const more =
      outcome.kind === 'answered' && !options.signal.aborted
        ? topUp(flight, target, options)
        : null;
    const [settled] = await Promise.all([steps, more]);
    await dropIfDue();
    for (const [i, step] of settled.entries()) {
      if (step.kind !== 'progress' || !step.progressed) {
        if (step.kind !== 'stopped') {
          for (const rest of flight.sent) await markIfAnswered(rest, options);
        }
        // An answer that accounted for none of the visits would send the same batch forever.
        return step.kind === 'progress' ? NOTHING_ANSWERED : step;
      }
      const head = group[i]?.outgoing[0];
      if (!step.allAnswered && head !== undefined) {
        // What this answer left queued is read again from its head, once the others are settled.
        for (const [j, rest] of flight.sent.entries()) {
          const restStep = await settle(rest.outgoing, await rest.outcome, target, options);
          if (restStep.kind !== 'progress') {
            for (const later of flight.sent.slice(j + 1)) await markIfAnswered(later, options);
            return restStep;
          }
        }
        return { kind: 'read-again', after: head.seq - 1 };
      }
    }
  }
}
