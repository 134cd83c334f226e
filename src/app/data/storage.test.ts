import { describe, expect, it, vi } from 'vitest';
import {
  formatBytes,
  freeShare,
  requestPersistence,
  storageStatus,
  storageWarnings,
} from './storage';

const MB = 1_000_000;

function fakeStorage(
  options: { persisted?: boolean; usage?: number; quota?: number; grant?: boolean } = {},
) {
  let persisted = options.persisted ?? false;
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = options.grant ?? false;
      return persisted;
    }),
    estimate: vi.fn(async (): Promise<StorageEstimate> => {
      const estimate: StorageEstimate = {};
      if (options.usage !== undefined) estimate.usage = options.usage;
      if (options.quota !== undefined) estimate.quota = options.quota;
      return estimate;
    }),
  };
}

describe('storageStatus', () => {
  it('reports persistence and the space used and allowed', async () => {
    const storage = fakeStorage({ persisted: true, usage: 3 * MB, quota: 2_000 * MB });

    expect(await storageStatus(storage)).toEqual({
      persisted: true,
      usage: 3 * MB,
      quota: 2_000 * MB,
    });
  });

  it('says it cannot tell where the browser has no storage manager', async () => {
    expect(await storageStatus(undefined)).toEqual({ persisted: null });
    // jsdom, like some older browsers, has none at all.
    expect(await storageStatus()).toEqual({ persisted: null });
  });

  it('keeps what it could learn when part of the browser fails', async () => {
    const storage = fakeStorage({ usage: 5 * MB, quota: 100 * MB });
    storage.persisted.mockRejectedValue(new DOMException('denied', 'SecurityError'));

    expect(await storageStatus(storage)).toEqual({
      persisted: null,
      usage: 5 * MB,
      quota: 100 * MB,
    });

    const noEstimate = fakeStorage({ persisted: false });
    noEstimate.estimate.mockRejectedValue(new TypeError('no'));
    expect(await storageStatus(noEstimate)).toEqual({ persisted: false });
  });

  it('leaves out figures that are not byte counts', async () => {
    const storage = fakeStorage({ persisted: true, usage: Number.NaN, quota: 0 });

    expect(await storageStatus(storage)).toEqual({ persisted: true });
  });
});

describe('requestPersistence', () => {
  it('asks the browser and passes on its answer', async () => {
    const granting = fakeStorage({ grant: true });
    expect(await requestPersistence(granting)).toBe(true);
    expect(granting.persist).toHaveBeenCalledTimes(1);
    expect((await storageStatus(granting)).persisted).toBe(true);

    expect(await requestPersistence(fakeStorage({ grant: false }))).toBe(false);
  });

  it('answers null where it cannot ask', async () => {
    expect(await requestPersistence(undefined)).toBeNull();
    const failing = fakeStorage();
    failing.persist.mockRejectedValue(new Error('no'));
    expect(await requestPersistence(failing)).toBeNull();
  });
});

describe('storageWarnings', () => {
  it('warns when persistence was refused, not when the browser cannot say', () => {
    expect(storageWarnings({ persisted: false })).toEqual({ notPersisted: true, lowSpace: false });
    expect(storageWarnings({ persisted: null })).toEqual({ notPersisted: false, lowSpace: false });
    expect(storageWarnings({ persisted: true })).toEqual({ notPersisted: false, lowSpace: false });
  });

  it('warns when less than a tenth of the quota is left', () => {
    const quota = 1_000 * MB;
    expect(storageWarnings({ persisted: true, usage: 899 * MB, quota }).lowSpace).toBe(false);
    expect(storageWarnings({ persisted: true, usage: 900 * MB, quota }).lowSpace).toBe(false);
    expect(storageWarnings({ persisted: true, usage: 901 * MB, quota }).lowSpace).toBe(true);
    expect(storageWarnings({ persisted: true, usage: 1_200 * MB, quota }).lowSpace).toBe(true);
    expect(storageWarnings({ persisted: true, usage: 999 * MB }).lowSpace).toBe(false);
  });

  it('gives the free share between 0 and 1', () => {
    expect(freeShare({ persisted: true, usage: 250, quota: 1000 })).toBe(0.75);
    expect(freeShare({ persisted: true, usage: 2000, quota: 1000 })).toBe(0);
    expect(freeShare({ persisted: true, quota: 1000 })).toBeNull();
  });
});

describe('formatBytes', () => {
  it('writes sizes as people read them, in the staff’s language', () => {
    expect(formatBytes(0, 'en')).toBe('0 kB');
    expect(formatBytes(2_400_000, 'en')).toBe('2.4 MB');
    expect(formatBytes(2_400_000, 'da')).toBe('2,4 MB');
    expect(formatBytes(152_300_000, 'en')).toBe('152 MB');
    expect(formatBytes(1_250_000_000, 'en')).toBe('1.3 GB');
    expect(formatBytes(900, 'en')).toBe('0.9 kB');
  });
});
