// The check-in's write, on a worker thread of its own (checkInThread.ts starts it and talks to it).
// It runs the very recordCheckIn of checkins.ts on its own connection to the same database; the
// page's live queries hear of the write through Dexie's cross-context notice, as from another tab.
import { recordCheckIn } from './checkins';
import { db, neverMakeDatabaseHere } from './db';
import { getDeviceId } from './device';
import { clearStorageProblems, onStorageProblems, storageProblems } from './storageProblems';
import type { FromCheckInWorker, ToCheckInWorker } from './checkInMessages';

// The app is typed for a page (the DOM library); this is the little of a worker's scope used here.
interface WorkerScope {
  postMessage(message: FromCheckInWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToCheckInWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
const send = (message: FromCheckInWorker) => scope.postMessage(message);

// A worker has no localStorage, so what the write path notes for staff (a full disk, a lost
// connection) is handed to the page, which keeps it; here the note is then dropped.
onStorageProblems(() => {
  const problems = storageProblems();
  if (problems.length === 0) return;
  clearStorageProblems();
  for (const problem of problems) send({ type: 'problem', problem });
});

scope.addEventListener('message', (event) => {
  const { id, checkIn } = event.data;
  recordCheckIn(checkIn).then(
    (visits) =>
      send({
        type: 'recorded',
        id,
        visits,
        // On the shared wall clock: this thread's performance.now() starts at another moment.
        committedAt: performance.timeOrigin + performance.now(),
      }),
    (error: unknown) =>
      send({
        type: 'failed',
        id,
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});

// A worker cannot read the tablet's mark (localStorage), so it never makes the database: one the
// browser emptied is made again by the page, with the tablet's name and pairing. Until then a
// check-in here fails as a lost connection, and the page writes it itself.
neverMakeDatabaseHere();

// Open the database and learn the tablet's name now, so the first tap writes in one trip too.
db.open()
  .then(getDeviceId)
  .then(
    () => send({ type: 'ready' }),
    (error: unknown) =>
      send({
        type: 'startFailed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
