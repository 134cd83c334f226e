// The body of the writer thread (see threadedWrites.ts): its own connection to the database,
// and one message in, one message out, per group of batches. Runs nothing else, so a commit's
// fsync (and a WAL checkpoint) waits here rather than on the event loop serving requests.
import { parentPort, workerData } from 'node:worker_threads';
import type { WriterData, FromWriter, ToWriter } from './threadedWrites';
import { openDatabase } from './sqlite';
import { sqliteWriter } from './sqliteWrites';

const port = parentPort;
if (port === null) throw new Error('writerThread runs only as a worker thread.');
const { dbPath, timeZone } = workerData as WriterData;
const db = openDatabase(dbPath);
const writer = sqliteWriter(db, timeZone);

const send = (message: FromWriter) => port.postMessage(message);

port.on('message', (message: ToWriter) => {
  if (message.type === 'close') {
    db.close();
    port.close();
    return;
  }
  try {
    send({ type: 'written', outcomes: writer.putBatches(message.batches) });
  } catch (error) {
    send({ type: 'failed', error });
  }
});
send({ type: 'ready' });
