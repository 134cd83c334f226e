// The body of the writer thread (see threadedWrites.ts): its own connection to the database, and
// group commit over the batches the main thread posts, one answer per batch once its group has
// committed. Runs nothing else, so a commit's fsync (and a WAL checkpoint) waits here rather than
// on the event loop serving requests.
import { parentPort, workerData } from 'node:worker_threads';
import { groupCommit } from './groupCommit';
import type { WriterData, FromWriter, PutMessage, ToWriter } from './threadedWrites';
import { openDatabase } from './sqlite';
import { sqliteWriter } from './sqliteWrites';
import { resultToWire, rowsToVisits } from './writerWire';
import type { WriteCentre } from './VisitStore';

// The WAL is copied back into the database file (a checkpoint) once it holds 10,000 pages, about
// 40 MB, instead of SQLite's 1,000. A group commit under load writes a thousand pages and more
// (new visits land all over the id and day indexes), so at 1,000 nearly every commit was also a
// checkpoint, copying the same index pages again each time: the writes of the load benchmark
// took a fifth longer. Each commit is as durable as before (synchronous=FULL); only the copying
// into the database file happens less often.
const WAL_CHECKPOINT_PAGES = 10_000;

// The pages this connection keeps between groups: 16 MB, where SQLite's own default is 2 MB and
// where, until this, each group handed back even those (shrink_memory). Every new visit goes into
// the id index at a random place, so with a million visits and more, the upper levels of the
// indexes and many of their leaves were read back from the OS for every group: with 500 tablets
// sending at once, the writer thread was the server's bottleneck, most of its time in the inserts.
// Kept, they made the load benchmark's rounds 12 % shorter, at the same resident memory after it
// (116 MB against 105 to 132 MB); 32 MB took another 5 to 8 % off in one run, for 17 MB more.
const PAGE_CACHE_KIB = 16_000;

const port = parentPort;
if (port === null) throw new Error('writerThread runs only as a worker thread.');
const { dbPath, timeZone } = workerData as WriterData;
const db = openDatabase(dbPath);
db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
const writer = sqliteWriter(db, timeZone);

// A group is written synchronously; the batches posted meanwhile wait in the port and all arrive
// before groupCommit's next turn, so they make the next group together.
const writes = groupCommit((batches) => writer.putBatches(batches));
const pending = new Set<Promise<void>>();

const send = (message: FromWriter) => port.postMessage(message);

/** The centre a message names, checked as the rest of it is; null for the first centre. */
function writeCentre(centre: unknown): WriteCentre | null {
  if (centre === null || centre === undefined) return null;
  if (
    typeof centre === 'object' &&
    'id' in centre &&
    'timeZone' in centre &&
    typeof centre.id === 'string' &&
    typeof centre.timeZone === 'string'
  ) {
    return { id: centre.id, timeZone: centre.timeZone };
  }
  throw new TypeError('A batch for the writer names its centre wrongly.');
}

function put(message: PutMessage): Promise<void> {
  const { id } = message;
  return Promise.resolve()
    .then(() =>
      writes.put(
        rowsToVisits(message.rows),
        new Date(message.receivedAt),
        typeof message.device === 'string' ? message.device : null,
        writeCentre(message.centre),
      ),
    )
    .then(
      (result) => send({ type: 'written', id, result: resultToWire(result) }),
      // A malformed batch fails alone, as one the database refuses does.
      (error: unknown) => send({ type: 'failed', id, error }),
    );
}

port.on('message', (message: ToWriter) => {
  if (message.type === 'close') {
    // The main thread closes after its last request has been answered; whatever is still here
    // is written and answered first.
    void Promise.all(pending).then(() => {
      db.close();
      port.close();
    });
    return;
  }
  const done = put(message);
  pending.add(done);
  void done.then(() => pending.delete(done));
});
send({ type: 'ready' });
