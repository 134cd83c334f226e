// The database changing under a running kiosk: another tab upgrading it, this tab's upgrade
// waiting for another, the browser closing the connection. None of it may lose a check-in or hang.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { forceCloseDatabase } from 'fake-indexeddb';
import { recordCheckIn, visitsOn } from './checkins';
import { newerSchemaElsewhere, watchConnection } from './connection';
import { db, VelkommenDB, writing } from './db';
import { clearStorageProblems, storageProblems } from './storageProblems';

const AT = new Date('2026-11-23T09:22:41+01:00');
const DAY = '2026-11-23';

function checkIn() {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor' as const,
    country: 'SY',
    municipality: '183',
    adult: true,
    children: 0,
    at: AT,
  };
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} hung`)), ms)),
  ]);
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  clearStorageProblems();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a connection lost in the background', () => {
  it('is opened again and the check-in saved, with a note for staff', async () => {
    db.close();
    await recordCheckIn(checkIn());

    expect(await visitsOn(DAY)).toHaveLength(1);
    expect(storageProblems().map((problem) => problem.kind)).toEqual(['connectionLost']);
  });

  it('closed by the browser itself does not lose the next check-in', async () => {
    await db.visits.count();
    // fake-indexeddb types its argument as the class, but it takes the open connection.
    forceCloseDatabase(db.backendDB() as unknown as typeof IDBDatabase);
    await recordCheckIn(checkIn());
    expect(await visitsOn(DAY)).toHaveLength(1);
  });

  it('is retried only once: a write that keeps failing is not confirmed', async () => {
    const closed = () => Promise.reject(new Dexie.DatabaseClosedError('gone'));
    const write = vi.fn(closed);
    await expect(writing(write)).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('does not retry other failures', async () => {
    const write = vi.fn(() => Promise.reject(new Error('a rule was broken')));
    await expect(writing(write)).rejects.toThrow('a rule was broken');
    expect(write).toHaveBeenCalledTimes(1);
    expect(storageProblems()).toEqual([]);
  });
});

describe('an upgrade from another tab', () => {
  it('is never blocked by this tab, which keeps working and asks for a reload', async () => {
    await recordCheckIn(checkIn());
    expect(newerSchemaElsewhere()).toBe(false);

    // A newer Velkommen in another tab, with a table this one does not know.
    const newer = new VelkommenDB();
    newer.version(db.verno + 1).stores({ somethingNew: 'id' });
    await within(newer.open(), 2_000, 'the other tab’s upgrade');

    expect(newerSchemaElsewhere()).toBe(true);
    // This tab opens the upgraded database again by itself and loses nothing.
    await recordCheckIn(checkIn());
    expect(await visitsOn(DAY)).toHaveLength(2);
    newer.close();
  });
});

describe('an upgrade of this tab that waits for another', () => {
  it('is noted for staff and goes ahead once the other tab lets go', async () => {
    await db.delete();
    // An old tab that holds version 1 and does not close when asked.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('velkommen', 10);
      request.onupgradeneeded = () => {
        const visits = request.result.createObjectStore('visits', { keyPath: 'id' });
        for (const index of ['localDate', 'partyId', 'syncState', 'recordedAt']) {
          visits.createIndex(index, index);
        }
        request.result.createObjectStore('settings', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

    const upgrading = new VelkommenDB();
    watchConnection(upgrading, { blockedNoteAfterMs: 20 });
    const opening = upgrading.open();
    await vi.waitFor(() =>
      expect(storageProblems().map((problem) => problem.kind)).toEqual(['upgradeBlocked']),
    );
    expect(storageProblems()[0]?.detail).toContain(`from version 1 to ${upgrading.verno}`);

    old.close();
    await within(opening, 2_000, 'the upgrade after the old tab closed');
    expect(upgrading.isOpen()).toBe(true);
    upgrading.close();
  });
});
