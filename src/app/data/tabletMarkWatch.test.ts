// The tablet's mark against a real (fake-indexeddb) database: emptying it is deleting it, as the
// browser does when site data is cleared, and opening it again as the page next does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkIn } from '../../../tests/setup/checkins';
import { recordCheckIn } from './checkins';
import { db } from './db';
import { getDeviceId, setDeviceId } from './device';
import { clearStorageProblems, storageProblems } from './storageProblems';
import { getSyncSettings, savePairing } from './syncSettings';
import { clearWipes, readMark, unseenWipes } from './tabletMark';
import { checkTabletMark, readFound, watchTabletMark } from './tabletMarkWatch';

const PAIRING = { endpoint: 'https://velkommen.example.dk', token: 'kiosk-token-0123456789' };

async function emptied(): Promise<void> {
  await db.delete();
  await db.open();
}

/** A tablet in use: named, paired, and with a woman and her child waiting to be sent. */
async function tabletInUse(): Promise<void> {
  await setDeviceId('door-1');
  await savePairing(PAIRING);
  await recordCheckIn(checkIn({ children: 1 }));
  expect(await checkTabletMark()).toBe(true);
}

beforeEach(async () => {
  localStorage.clear();
  clearWipes();
  clearStorageProblems();
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the tablet’s mark', () => {
  it('gives a new database an id, and remembers its name, pairing and what waits', async () => {
    await tabletInUse();

    const found = await readFound();
    expect(found.databaseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(readMark()).toEqual({
      databaseId: found.databaseId,
      deviceId: 'door-1',
      pairing: PAIRING,
      waiting: 2,
    });
    expect(unseenWipes()).toEqual([]);
    expect(storageProblems()).toEqual([]);
  });

  it('follows what waits as visits are recorded', async () => {
    await tabletInUse();
    await recordCheckIn(checkIn({ children: 3 }));
    await checkTabletMark();
    expect(readMark()?.waiting).toBe(6);
  });

  it('recognises an emptied database, tells how many visits were lost, and keeps the name and pairing', async () => {
    await tabletInUse();
    const before = readMark();

    await emptied();
    // The new database has the name and pairing from its first moment, before any look.
    expect(await getDeviceId()).toBe('door-1');
    expect(await getSyncSettings()).toMatchObject(PAIRING);
    await checkTabletMark(() => 5_000);

    const [wipe, ...more] = unseenWipes();
    expect(more).toEqual([]);
    expect(wipe).toMatchObject({
      at: 5_000,
      lost: 2,
      deviceId: 'door-1',
      nameKept: true,
      pairingKept: true,
    });
    expect(storageProblems()).toEqual([
      expect.objectContaining({ kind: 'wiped', at: 5_000, count: 2 }),
    ]);
    expect(readMark()).toMatchObject({ deviceId: 'door-1', pairing: PAIRING, waiting: 0 });
    expect(readMark()?.databaseId).not.toBe(before?.databaseId);

    // The kiosk goes on: the next check-in is kept, under the tablet's own name.
    const [visit] = await recordCheckIn(checkIn({ children: 0 }));
    expect(visit?.deviceId).toBe('door-1');
    await checkTabletMark();
    expect(readMark()?.waiting).toBe(1);
    expect(unseenWipes()).toHaveLength(1);
  });

  it('tells of an emptying once, however many look at once', async () => {
    await tabletInUse();
    await emptied();

    await Promise.all([checkTabletMark(), checkTabletMark(), checkTabletMark()]);
    await checkTabletMark();

    expect(unseenWipes()).toHaveLength(1);
    expect(storageProblems().filter((problem) => problem.kind === 'wiped')).toHaveLength(1);
  });

  it('takes a tablet that had no mark yet, or lost only the mark, for what it is', async () => {
    // A tablet from before the mark: visits in the database, nothing in localStorage.
    await setDeviceId('door-2');
    await recordCheckIn(checkIn({ children: 1 }));
    await checkTabletMark();
    expect(readMark()).toMatchObject({ deviceId: 'door-2', waiting: 2 });

    localStorage.clear();
    await checkTabletMark();

    expect(readMark()).toMatchObject({ deviceId: 'door-2', waiting: 2 });
    expect(unseenWipes()).toEqual([]);
    expect(storageProblems()).toEqual([]);
  });

  it('gives a database made without the mark its name and pairing where it has none of its own', async () => {
    await tabletInUse();
    const mark = localStorage.getItem('velkommen.tabletMark');
    // Made anew while the mark could not be read (an older page made it).
    localStorage.removeItem('velkommen.tabletMark');
    await emptied();
    localStorage.setItem('velkommen.tabletMark', mark ?? '');

    await checkTabletMark();

    expect(await getDeviceId()).toBe('door-1');
    expect(await getSyncSettings()).toMatchObject(PAIRING);
    expect(unseenWipes()).toEqual([expect.objectContaining({ lost: 2, nameKept: true })]);
  });

  it('never renames a tablet that has a name again by the time it looks', async () => {
    await tabletInUse();
    const mark = localStorage.getItem('velkommen.tabletMark');
    localStorage.removeItem('velkommen.tabletMark');
    await emptied();
    const madeSince = await getDeviceId();
    localStorage.setItem('velkommen.tabletMark', mark ?? '');

    await checkTabletMark();

    expect(await getDeviceId()).toBe(madeSince);
    expect(unseenWipes()).toEqual([
      expect.objectContaining({ deviceId: madeSince, nameKept: false, pairingKept: true }),
    ]);
  });

  it('keeps watching: each check-in reaches the mark, and an emptying is told', async () => {
    await tabletInUse();
    const stop = watchTabletMark();
    try {
      await recordCheckIn(checkIn({ children: 2 }));
      await vi.waitFor(() => expect(readMark()?.waiting).toBe(5));

      await emptied();
      // The database's first write after the emptying is what the watch hears of.
      await recordCheckIn(checkIn({ children: 0 }));
      await vi.waitFor(() => expect(unseenWipes()).toEqual([expect.objectContaining({ lost: 5 })]));
      await vi.waitFor(() => expect(readMark()?.waiting).toBe(1));
    } finally {
      stop();
    }
  });
});
