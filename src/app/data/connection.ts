// What the tablet does when its database changes under it. When another tab opens a newer version,
// Dexie closes this connection at once, so that upgrade is never held up, and reopens on next use;
// the code on this page is then older than the data, so the kiosk reloads at its next idle moment
// (newerSchemaElsewhere, kept in database.ts beside the connection). When this page's own upgrade
// waits for another tab ('blocked'), Dexie asks that tab to close; if the wait lasts, staff are
// told which tab to close.
import type Dexie from 'dexie';
import { sawNewerSchema } from './database';
import { recordStorageProblem } from './storageProblems';

export { newerSchemaElsewhere, onNewerSchema } from './database';

/** An upgrade that finishes within this time is normal and not worth a note for staff. */
const BLOCKED_NOTE_AFTER_MS = 5_000;

// Dexie keeps native version numbers ten times its own.
const dexieVersion = (native: number | null) => (native === null ? 'none' : String(native / 10));

/** Notes for staff an upgrade of `database` still waiting for another tab after a while. */
export function noteBlocked(
  database: Dexie,
  event: IDBVersionChangeEvent,
  afterMs: number = BLOCKED_NOTE_AFTER_MS,
): void {
  setTimeout(() => {
    if (database.isOpen()) return;
    recordStorageProblem(
      'upgradeBlocked',
      `Upgrading the database from version ${dexieVersion(event.oldVersion)} to ${dexieVersion(event.newVersion)} waits for another open Velkommen tab or window.`,
    );
  }, afterMs);
}

/** What the app's own connection (database.ts) does, for another connection to the database. */
export function watchConnection(
  database: Dexie,
  options: { blockedNoteAfterMs?: number } = {},
): void {
  database.on('versionchange', sawNewerSchema);
  database.on('blocked', (event: IDBVersionChangeEvent) =>
    noteBlocked(database, event, options.blockedNoteAfterMs),
  );
}
