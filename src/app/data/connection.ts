// What the tablet does when its database changes under it. When another tab opens a newer version,
// Dexie closes this connection at once, so that upgrade is never held up, and reopens on next use;
// the code on this page is then older than the data, so the kiosk reloads at its next idle moment
// (newerSchemaElsewhere). When this page's own upgrade waits for another tab ('blocked'), Dexie
// asks that tab to close; if the wait lasts, staff are told which tab to close.
import type Dexie from 'dexie';
import { recordStorageProblem } from './storageProblems';

/** An upgrade that finishes within this time is normal and not worth a note for staff. */
const BLOCKED_NOTE_AFTER_MS = 5_000;

let newerSchema = false;
const listeners = new Set<() => void>();

/** Another tab upgraded (or deleted) the database since this page loaded: reload when idle. */
export function newerSchemaElsewhere(): boolean {
  return newerSchema;
}

export function onNewerSchema(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Dexie keeps native version numbers ten times its own.
const dexieVersion = (native: number | null) => (native === null ? 'none' : String(native / 10));

export function watchConnection(
  database: Dexie,
  options: { blockedNoteAfterMs?: number } = {},
): void {
  database.on('versionchange', () => {
    newerSchema = true;
    for (const listener of listeners) listener();
  });
  database.on('blocked', (event: IDBVersionChangeEvent) => {
    setTimeout(() => {
      if (database.isOpen()) return;
      recordStorageProblem(
        'upgradeBlocked',
        `Upgrading the database from version ${dexieVersion(event.oldVersion)} to ${dexieVersion(event.newVersion)} waits for another open Velkommen tab or window.`,
      );
    }, options.blockedNoteAfterMs ?? BLOCKED_NOTE_AFTER_MS);
  });
}
