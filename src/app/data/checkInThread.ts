// The kiosk's check-in, written on a worker thread (checkInWorker.ts). After a tap, Chromium holds
// back the page's own database callbacks until it has drawn the next frame, some 15 ms; a worker's
// transaction commits while the page draws, so the visit is on disk a few milliseconds after the
// tap whatever the page is busy with. Where a worker cannot start, stops, loses its database or
// stays silent (no "ready", or no answer to a check-in within SILENT_AFTER_MS), the check-in is
// written on the page's own thread instead, and so is every later one on this page: the same
// recordCheckIn, once per partyId, so a check-in handed over twice is still stored once.
import type { Visit } from '../../shared/visit';
import type { FromCheckInWorker, ToCheckInWorker } from './checkInMessages';
import { recordCheckIn, type CheckIn } from './checkins';
import { StorageFullError } from './db';
import { recordStorageProblem } from './storageProblems';

export interface Recorded {
  /** The party's visits, the woman first, as recordCheckIn returns them. */
  visits: Visit[];
  /** When the transaction had committed, on this page's performance.now() clock. */
  committedAt: number;
}

export interface CheckInThread {
  /** Starts the worker ahead of the first check-in; later calls do nothing. */
  start(): void;
  /** recordCheckIn, on the worker when there is one: resolves once the write has committed. */
  record(checkIn: CheckIn): Promise<Recorded>;
}

/** Makes the worker, or null where there is none to be had. */
export type MakeWorker = () => Worker | null;

/**
 * How long a check-in waits for the worker (to say it is ready, then to answer) before the page
 * writes it itself. The worker answers within a few milliseconds; this leaves a slow tablet room
 * and still thanks her within about a second.
 */
export const SILENT_AFTER_MS = 800;

// Failures of the worker's connection rather than of the check-in: its database was closed under
// it, or could not be opened there (a worker never creates the database, see db.ts). The page then
// writes the check-in on its own connection.
const CONNECTION_FAILURES = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'AbortError',
  'InvalidStateError',
  'UnknownError',
]);

interface Waiting {
  checkIn: CheckIn;
  resolve(recorded: Recorded): void;
  reject(error: unknown): void;
  /** The watchdog: gives up on the worker when it has not answered in time. */
  timer: ReturnType<typeof setTimeout>;
}

async function onThisThread(checkIn: CheckIn): Promise<Recorded> {
  const visits = await recordCheckIn(checkIn);
  return { visits, committedAt: performance.now() };
}

function failure(name: string, message: string): Error {
  // The worker has noted a full disk for staff already (the note came over as a 'problem').
  if (name === 'StorageFullError') return new StorageFullError();
  const error = new Error(message);
  error.name = name;
  return error;
}

export function checkInThread(
  makeWorker: MakeWorker,
  options: { silentAfterMs?: number } = {},
): CheckInThread {
  const silentAfterMs = options.silentAfterMs ?? SILENT_AFTER_MS;
  let started: Promise<Worker | null> | null = null;
  /** Stops using the worker for good; null while there is no worker to stop. */
  let giveUp: ((why: unknown) => void) | null = null;
  const waiting = new Map<number, Waiting>();
  let nextId = 1;

  const take = (id: number): Waiting | undefined => {
    const entry = waiting.get(id);
    waiting.delete(id);
    if (entry) clearTimeout(entry.timer);
    return entry;
  };

  const writeHere = (entry: Waiting) => {
    onThisThread(entry.checkIn).then(entry.resolve, entry.reject);
  };

  const start = (): Promise<Worker | null> =>
    (started ??= new Promise<Worker | null>((resolve) => {
      let worker: Worker | null;
      try {
        worker = makeWorker();
      } catch (error) {
        console.error('The check-in worker could not be made; check-ins are written here.', error);
        worker = null;
      }
      if (worker === null) {
        resolve(null);
        return;
      }
      const running = worker;
      // From now on everything is written on this thread; what the worker had not answered yet is
      // written again here, which stores it once whether or not the worker got to commit it. A
      // reply the worker sends later is never heard: it is stopped first.
      giveUp = (why: unknown) => {
        giveUp = null;
        console.error('The check-in worker stopped; check-ins are written here.', why);
        running.terminate();
        started = Promise.resolve(null);
        resolve(null);
        for (const id of [...waiting.keys()]) {
          const entry = take(id);
          if (entry) writeHere(entry);
        }
      };
      running.addEventListener('error', (event) => giveUp?.(event));
      running.addEventListener('message', (event: MessageEvent<FromCheckInWorker>) => {
        const message = event.data;
        switch (message.type) {
          case 'ready':
            resolve(running);
            break;
          case 'startFailed':
            giveUp?.(new Error(message.message));
            break;
          case 'recorded':
            take(message.id)?.resolve({
              visits: message.visits,
              committedAt: message.committedAt - performance.timeOrigin,
            });
            break;
          case 'failed':
            if (CONNECTION_FAILURES.has(message.name)) {
              giveUp?.(failure(message.name, message.message));
            } else {
              take(message.id)?.reject(failure(message.name, message.message));
            }
            break;
          case 'problem':
            recordStorageProblem(
              message.problem.kind,
              message.problem.detail,
              message.problem.at,
              message.problem.count,
            );
            break;
        }
      });
    }));

  return {
    start: () => void start(),
    // The watchdog runs from the tap: a worker that never says it is ready, or saves and never
    // answers, holds her up for SILENT_AFTER_MS once, and no later check-in waits for it at all.
    record: (tapped) =>
      new Promise<Recorded>((resolve, reject) => {
        // Timed at the tap, so a check-in the page writes after waiting for the worker has the
        // same time as one the worker wrote.
        const checkIn: CheckIn = { ...tapped, at: tapped.at ?? new Date() };
        const worker = start();
        const id = nextId++;
        const timer = setTimeout(() => {
          if (waiting.has(id)) {
            giveUp?.(new Error(`The check-in worker did not answer within ${silentAfterMs} ms.`));
          }
        }, silentAfterMs);
        waiting.set(id, { checkIn, resolve, reject, timer });
        void worker.then((running) => {
          // Given up on meanwhile: the check-in is being written here already.
          if (!waiting.has(id)) return;
          if (running === null) {
            const entry = take(id);
            if (entry) writeHere(entry);
            return;
          }
          const message: ToCheckInWorker = { id, checkIn };
          running.postMessage(message);
        });
      }),
  };
}

// Vite finds the worker only when `new Worker(new URL(...))` is written out like this.
const kioskThread = checkInThread(() =>
  typeof Worker === 'undefined'
    ? null
    : new Worker(new URL('./checkInWorker.ts', import.meta.url), {
        type: 'module',
        name: 'check-ins',
      }),
);

/** Starts the check-in worker, so the first tap does not wait for it. */
export const startCheckInWorker: () => void = kioskThread.start;

/** recordCheckIn (checkins.ts) as the kiosk's confirm calls it: on the check-in worker. */
export const recordCheckInDurably: (checkIn: CheckIn) => Promise<Recorded> = kioskThread.record;
