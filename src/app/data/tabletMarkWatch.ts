// The tablet's mark (tabletMark.ts) held up against its database: once the kiosk is up, whenever
// anything the mark mirrors changes (a check-in, a delivered batch, a rename, a pairing), and soon
// after the browser closes the database under the page, which is what it does when it clears the
// site's storage. Each look is one small read; the mark is written only when it changed. An
// emptied database is told to staff once: as an alarm of its own and in the storage problems.
import { liveQuery } from 'dexie';
import { isDeviceId } from '../../shared/visitFields';
import { newerSchemaElsewhere } from './connection';
import { db, writing } from './db';
import { recordStorageProblem } from './storageProblems';
import { getSyncSettings } from './syncSettings';
import type { FoundInDatabase, TabletMark, Wipe } from './tabletMark';
import {
  DATABASE_ID_KEY,
  DEVICE_ID_KEY,
  PAIRING_KEY,
  judge,
  noteWipe,
  readMark,
  rowsFromMark,
  writeMark,
} from './tabletMark';

/** After the browser closed the database: time for it to finish clearing before looking again. */
const LOOK_AFTER_CLOSE_MS = 250;
/** After a look that failed (the database busy being cleared or upgraded): when to look again. */
const LOOK_AGAIN_MS = 5_000;

function isDatabaseId(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** What the mark mirrors, as the database holds it now, in one read. */
export function readFound(): Promise<FoundInDatabase> {
  return db.transaction('r', db.settings, db.outbox, db.quarantine, async () => {
    const [[id, name], waiting, refused, sync] = await Promise.all([
      db.settings.bulkGet([DATABASE_ID_KEY, DEVICE_ID_KEY]),
      db.outbox.count(),
      db.quarantine.count(),
      getSyncSettings(),
    ]);
    const deviceId: unknown = name?.value;
    return {
      databaseId: isDatabaseId(id?.value) ? id.value : null,
      deviceId: typeof deviceId === 'string' && isDeviceId(deviceId) ? deviceId : null,
      pairing:
        sync.token === null
          ? null
          : {
              endpoint: sync.endpoint,
              token: sync.token,
              ...(sync.device === null ? {} : { device: sync.device }),
            },
      waiting: waiting + refused,
    };
  });
}

// A database without an id is new (made before the mark existed, or made anew): it gets one, and
// where it was made without the mark's name and pairing (by a page of an older version) it gets
// those too, unless it has its own by now.
async function giveId(mark: TabletMark | null): Promise<void> {
  await writing(() =>
    db.transaction('rw', db.settings, async () => {
      const [id, name, pairing] = await db.settings.bulkGet([
        DATABASE_ID_KEY,
        DEVICE_ID_KEY,
        PAIRING_KEY,
      ]);
      if (isDatabaseId(id?.value)) return;
      await db.settings.bulkPut([
        { key: DATABASE_ID_KEY, value: crypto.randomUUID() },
        ...rowsFromMark(mark, { deviceId: name !== undefined, pairing: pairing !== undefined }),
      ]);
    }),
  );
}

function tellStaff(wipe: Wipe): void {
  // Another tab may have noticed the same emptying first.
  if (!noteWipe(wipe)) return;
  recordStorageProblem(
    'wiped',
    `The database was emptied by the browser (site data cleared or storage evicted). ${wipe.lost} visit(s) waiting to be sent were in it. Name kept: ${wipe.nameKept ? 'yes' : 'no'}; pairing kept: ${wipe.pairingKept ? 'yes' : 'no'}.`,
    wipe.at,
    wipe.lost,
  );
}

async function lookOnce(now: () => number): Promise<void> {
  const mark = readMark();
  let found = await readFound();
  if (found.databaseId === null) {
    await giveId(mark);
    found = await readFound();
  }
  const { databaseId } = found;
  if (databaseId === null) throw new Error('The database id could not be kept.');
  const { mark: next, wipe } = judge(mark, { ...found, databaseId }, now());
  if (wipe !== null) tellStaff(wipe);
  writeMark(next);
}

// One look at a time on this page: two at once could both take an emptied database for news.
let looking: Promise<boolean> = Promise.resolve(true);

/**
 * Compares the mark with the database once, after any look already under way: gives a new
 * database its id, tells staff of an emptied one, and brings the mark up to date. Never throws:
 * resolves false when the database could not be read (while the browser is still clearing it).
 */
export function checkTabletMark(now: () => number = Date.now): Promise<boolean> {
  looking = looking.then(() =>
    lookOnce(now).then(
      () => true,
      (error: unknown) => {
        console.error('The tablet’s mark could not be compared with its database.', error);
        return false;
      },
    ),
  );
  return looking;
}

/** Keeps comparing, from now until the returned function is called. */
export function watchTabletMark(): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let subscription: { unsubscribe(): void } | null = null;

  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!stopped) follow();
    }, ms);
  };

  // A live query is the cheap way to hear of every change, from the check-in worker and other tabs
  // too; each answer is only the signal to look, since a look must come after the one before.
  // Following starts with a look of its own.
  function follow(): void {
    subscription?.unsubscribe();
    subscription = liveQuery(readFound).subscribe({
      next: () => {
        void checkTabletMark().then((looked) => {
          if (!looked) later(LOOK_AGAIN_MS);
        });
      },
      // A read that failed ends the query: start it again a little later.
      error: (error: unknown) => {
        console.error('The tablet’s mark stopped following its database; trying again.', error);
        later(LOOK_AGAIN_MS);
      },
    });
  }

  // The browser closes every connection when it clears the site's storage: follow again on the
  // database it makes anew. A newer version opened in another tab closes it too; this page then
  // reloads when idle and looks at its next start.
  const afterClose = () => {
    if (!newerSchemaElsewhere()) later(LOOK_AFTER_CLOSE_MS);
  };

  db.on('close', afterClose);
  follow();
  return () => {
    stopped = true;
    clearTimeout(timer);
    subscription?.unsubscribe();
    db.on.close.unsubscribe(afterClose);
  };
}
