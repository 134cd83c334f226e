import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { db } from './db';
import { checkStorage, PROBE_KEY } from './storageCheck';
import { clearStorageProblems, storageProblems } from './storageProblems';

beforeEach(async () => {
  await db.delete();
  await db.open();
  clearStorageProblems();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkStorage', () => {
  it('passes on storage that can be written, and leaves nothing behind', async () => {
    await db.settings.put({ key: 'kiosk', value: { language: 'en' } });

    expect(await checkStorage()).toEqual({ ok: true });
    expect(await db.settings.get(PROBE_KEY)).toBeUndefined();
    expect(await db.settings.toArray()).toEqual([{ key: 'kiosk', value: { language: 'en' } }]);
    expect(storageProblems()).toEqual([]);
  });

  it('fails on a full disk and notes it for staff', async () => {
    vi.spyOn(db.settings, 'put').mockRejectedValue(
      new DOMException('no room', 'QuotaExceededError'),
    );

    expect(await checkStorage()).toMatchObject({ ok: false, reason: 'full' });
    expect(storageProblems().map((problem) => problem.kind)).toEqual(['full']);
    expect(await db.settings.get(PROBE_KEY)).toBeUndefined();
  });

  it('fails where the browser keeps no database (a private window, storage switched off)', async () => {
    vi.spyOn(db, 'transaction').mockRejectedValue(
      new Dexie.MissingAPIError('IndexedDB API missing'),
    );

    const check = await checkStorage();
    expect(check).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(storageProblems()).toEqual([
      expect.objectContaining({
        kind: 'unwritable',
        detail: expect.stringContaining('MissingAPI'),
      }),
    ]);
  });

  it('fails when the storage never answers', async () => {
    vi.spyOn(db, 'transaction').mockReturnValue(new Dexie.Promise<void>(() => undefined));

    expect(await checkStorage({ timeoutMs: 20 })).toMatchObject({ ok: false, reason: 'timeout' });
    expect(storageProblems().map((problem) => problem.kind)).toEqual(['unwritable']);
  });
});
