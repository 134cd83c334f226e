// Writes on a thread of their own. better-sqlite3 is synchronous, so on the main thread every
// durable commit (an fsync, now and then a WAL checkpoint) would stop the event loop: no request
// read, no connection accepted, for as long as the disk takes. Here a worker thread holds a second
// connection to the same file and does the writes; the main thread keeps reading, checking and
// answering, and reads through its own connection (WAL lets both run).
//
// Each request's batch is posted to the thread as soon as it is judged, in the flat form of
// writerWire.ts, and the thread makes the groups itself (groupCommit, as on the main thread): the
// batches that arrive while one group is written share the next commit. So the main thread keeps
// nothing of a batch while it waits, and the thread is never idle while a batch is queued. Only
// under a flood do batches wait here, so that the thread never holds more than two groups' worth.
import { Worker } from 'node:worker_threads';
import { MAX_GROUP_VISITS, type GroupCommit } from './groupCommit';
import type { PutResult, WriteCentre } from './VisitStore';
import { visitsToRows, wireToResult, type ResultWire, type VisitRows } from './writerWire';

const WRITER_YOUNG_GENERATION_MB = 4;
// Ten times the largest group (MAX_GROUP_VISITS visits, about 3 MB once copied to the thread).
const WRITER_OLD_GENERATION_MB = 32;
/** Visits posted to the thread and not yet answered, at most; more wait on the main thread. */
const MAX_VISITS_AT_THREAD = 2 * MAX_GROUP_VISITS;

export interface WriterData {
  dbPath: string;
  timeZone: string;
}

export type ToWriter =
  | {
      type: 'put';
      id: number;
      rows: VisitRows;
      receivedAt: number;
      device: string | null;
      centre: WriteCentre | null;
    }
  | { type: 'close' };
export type PutMessage = Extract<ToWriter, { type: 'put' }>;
export type FromWriter =
  | { type: 'ready' }
  | { type: 'written'; id: number; result: ResultWire }
  | { type: 'failed'; id: number; error: unknown };

/** Group commit on the writer thread: put() resolves once the batch is durably committed. */
export interface ThreadedWriter extends GroupCommit {
  /** Closes the thread's connection once the writes it holds are done. */
  close(): Promise<void>;
}

export interface ThreadOptions extends WriterData {
  /** The thread's script; default writerThread.js beside this module, as in the server build. */
  entry?: URL | string;
  /** `entry` is the code itself (as the tests start the thread from its TypeScript sources). */
  eval?: boolean;
  /** Default MAX_VISITS_AT_THREAD; tests make it small. */
  maxVisitsAtThread?: number;
}

/** The built writer thread, when this module runs from the server build; else undefined. */
export function builtWriterEntry(): URL | undefined {
  return import.meta.url.endsWith('.js')
    ? new URL('./writerThread.js', import.meta.url)
    : undefined;
}

interface Waiting {
  /** Visits in the batch, counted against maxVisitsAtThread while it is at the thread. */
  visits: number;
  resolve(result: PutResult): void;
  reject(error: unknown): void;
}

export function startWriterThread(options: ThreadOptions): Promise<ThreadedWriter> {
  const entry = options.entry ?? builtWriterEntry();
  if (entry === undefined) throw new Error('There is no built writer thread to start.');
  const data: WriterData = { dbPath: options.dbPath, timeZone: options.timeZone };
  const worker = new Worker(entry, {
    workerData: data,
    eval: options.eval ?? false,
    // The thread holds at most two groups of visits (a few MB); small heap limits keep its share
    // of the server's memory small, at the price of more frequent (cheap) collections.
    resourceLimits: {
      maxYoungGenerationSizeMb: WRITER_YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: WRITER_OLD_GENERATION_MB,
    },
  });
  const maxAtThread = options.maxVisitsAtThread ?? MAX_VISITS_AT_THREAD;
  const waiting = new Map<number, Waiting>();
  // Batches not yet posted, in the order they came, while the thread holds enough.
  const held: { message: PutMessage; visits: number }[] = [];
  let atThread = 0;
  let nextId = 0;
  let broken: unknown;
  let starting: { resolve(): void; reject(error: unknown): void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (starting = { resolve, reject }));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  const fail = (error: unknown) => {
    broken ??= error;
    starting?.reject(error);
    for (const put of waiting.values()) put.reject(error);
    waiting.clear();
    held.length = 0;
  };
  // Posts what is held, in order, while it fits; one batch always fits an idle thread.
  const postHeld = () => {
    for (let next = held[0]; next !== undefined; next = held[0]) {
      if (atThread > 0 && atThread + next.visits > maxAtThread) return;
      held.shift();
      atThread += next.visits;
      worker.postMessage(next.message);
    }
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The writer thread stopped (exit code ${code}).`)));
  worker.on('message', (message: FromWriter) => {
    if (message.type === 'ready') {
      starting?.resolve();
      return;
    }
    const put = waiting.get(message.id);
    waiting.delete(message.id);
    atThread -= put?.visits ?? 0;
    postHeld();
    if (message.type === 'failed') {
      put?.reject(message.error);
      return;
    }
    try {
      put?.resolve(wireToResult(message.result));
    } catch (error) {
      put?.reject(error);
    }
  });

  const writer: ThreadedWriter = {
    put: (visits, receivedAt, device = null, centre = null) =>
      new Promise<PutResult>((resolve, reject) => {
        if (broken !== undefined) {
          reject(broken);
          return;
        }
        const id = nextId++;
        waiting.set(id, { visits: visits.length, resolve, reject });
        const message: PutMessage = {
          type: 'put',
          id,
          rows: visitsToRows(visits),
          receivedAt: receivedAt.getTime(),
          device,
          centre,
        };
        held.push({ message, visits: visits.length });
        postHeld();
      }),
    close: async () => {
      if (broken === undefined) {
        const message: ToWriter = { type: 'close' };
        worker.postMessage(message);
      }
      await exited;
    },
  };
  return ready.then(() => {
    starting = undefined;
    return writer;
  });
}
