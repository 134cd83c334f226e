// Writes on a thread of their own. better-sqlite3 is synchronous, so on the main thread every
// durable commit (an fsync, now and then a WAL checkpoint) would stop the event loop: no request
// read, no connection accepted, for as long as the disk takes. Here a worker thread holds a second
// connection to the same file and does the writes, one group at a time; the main thread keeps
// reading, checking and answering, and reads through its own connection (WAL lets both run).
import { Worker } from 'node:worker_threads';
import type { BatchOutcome, PutBatch } from './VisitStore';

const WRITER_YOUNG_GENERATION_MB = 4;
// Ten times the largest group (MAX_GROUP_VISITS visits, about 3 MB once copied to the thread).
const WRITER_OLD_GENERATION_MB = 32;

export interface WriterData {
  dbPath: string;
  timeZone: string;
}

export type ToWriter = { type: 'write'; batches: readonly PutBatch[] } | { type: 'close' };
export type FromWriter =
  | { type: 'ready' }
  | { type: 'written'; outcomes: BatchOutcome[] }
  | { type: 'failed'; error: unknown };

export interface ThreadedWriter {
  /** As VisitStore.putBatches, on the writer thread; one call at a time. */
  putBatches(batches: readonly PutBatch[]): Promise<BatchOutcome[]>;
  /** Closes the thread's connection once the write in progress is done. */
  close(): Promise<void>;
}

export interface ThreadOptions extends WriterData {
  /** The thread's script; default writerThread.js beside this module, as in the server build. */
  entry?: URL | string;
  /** `entry` is the code itself (as the tests start the thread from its TypeScript sources). */
  eval?: boolean;
}

/** The built writer thread, when this module runs from the server build; else undefined. */
export function builtWriterEntry(): URL | undefined {
  return import.meta.url.endsWith('.js')
    ? new URL('./writerThread.js', import.meta.url)
    : undefined;
}

export function startWriterThread(options: ThreadOptions): Promise<ThreadedWriter> {
  const entry = options.entry ?? builtWriterEntry();
  if (entry === undefined) throw new Error('There is no built writer thread to start.');
  const data: WriterData = { dbPath: options.dbPath, timeZone: options.timeZone };
  const worker = new Worker(entry, {
    workerData: data,
    eval: options.eval ?? false,
    // The thread holds one group of visits at a time (a few MB at most); small heap limits keep
    // its share of the server's memory small, at the price of more frequent (cheap) collections.
    resourceLimits: {
      maxYoungGenerationSizeMb: WRITER_YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: WRITER_OLD_GENERATION_MB,
    },
  });
  let waiting: { resolve(message: FromWriter): void; reject(error: unknown): void } | undefined;
  let broken: unknown;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  const fail = (error: unknown) => {
    broken ??= error;
    waiting?.reject(error);
    waiting = undefined;
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The writer thread stopped (exit code ${code}).`)));
  worker.on('message', (message: FromWriter) => {
    const current = waiting;
    waiting = undefined;
    current?.resolve(message);
  });
  const next = () =>
    new Promise<FromWriter>((resolve, reject) => {
      if (broken !== undefined) reject(broken);
      else waiting = { resolve, reject };
    });

  const writer: ThreadedWriter = {
    putBatches: async (batches) => {
      if (waiting !== undefined) throw new Error('The writer thread takes one group at a time.');
      const answer = next();
      const message: ToWriter = { type: 'write', batches };
      worker.postMessage(message);
      const reply = await answer;
      if (reply.type === 'written') return reply.outcomes;
      throw reply.type === 'failed' ? reply.error : new Error('The writer thread did not write.');
    },
    close: async () => {
      if (broken === undefined) {
        const message: ToWriter = { type: 'close' };
        worker.postMessage(message);
      }
      await exited;
    },
  };
  return next().then((message) => {
    if (message.type !== 'ready') throw new Error('The writer thread did not start.');
    return writer;
  });
}
