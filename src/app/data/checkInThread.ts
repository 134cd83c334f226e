// The kiosk's check-in, written on a worker thread (checkInWorker.ts). After a tap, Chromium holds
// back the page's own database callbacks until it has drawn the next frame, some 15 ms; a worker's
// transaction commits while the page draws, so the visit is on disk a few milliseconds after the
// tap whatever the page is busy with. Where a worker cannot start (or stops), the check-in is
// written on the page's own thread instead: the same recordCheckIn, once per partyId, so a
// check-in handed over twice is still stored once.
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

interface Waiting {
  checkIn: CheckIn;
  resolve(recorded: Recorded): void;
  reject(error: unknown): void;
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

export function checkInThread(makeWorker: MakeWorker): CheckInThread {
  let started: Promise<Worker | null> | null = null;
  const waiting = new Map<number, Waiting>();
  let nextId = 1;

  const settle = (id: number, outcome: (entry: Waiting) => void) => {
    const entry = waiting.get(id);
    waiting.delete(id);
    if (entry) outcome(entry);
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
      // written again here, which stores it once whether or not the worker got to commit it.
      const giveUp = (why: unknown) => {
        console.error('The check-in worker stopped; check-ins are written here.', why);
        running.terminate();
        started = Promise.resolve(null);
        resolve(null);
        const left = [...waiting.values()];
        waiting.clear();
        for (const entry of left) onThisThread(entry.checkIn).then(entry.resolve, entry.reject);
      };
      running.addEventListener('error', giveUp);
      running.addEventListener('message', (event: MessageEvent<FromCheckInWorker>) => {
        const message = event.data;
        switch (message.type) {
          case 'ready':
            resolve(running);
            break;
          case 'startFailed':
            giveUp(new Error(message.message));
            break;
          case 'recorded':
            settle(message.id, (entry) =>
              entry.resolve({
                visits: message.visits,
                committedAt: message.committedAt - performance.timeOrigin,
              }),
            );
            break;
          case 'failed':
            settle(message.id, (entry) => entry.reject(failure(message.name, message.message)));
            break;
          case 'problem':
            recordStorageProblem(message.problem.kind, message.problem.detail, message.problem.at);
            break;
        }
      });
    }));

  return {
    start: () => void start(),
    record: async (checkIn) => {
      const worker = await start();
      if (worker === null) return onThisThread(checkIn);
      return new Promise<Recorded>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { checkIn, resolve, reject });
        const message: ToCheckInWorker = { id, checkIn };
        worker.postMessage(message);
      });
    },
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
