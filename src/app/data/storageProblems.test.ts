import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_KEPT,
  clearStorageProblems,
  describeError,
  onStorageProblems,
  recordStorageProblem,
  storageProblems,
} from './storageProblems';

afterEach(() => {
  vi.restoreAllMocks();
  clearStorageProblems();
});

describe('storage problems for staff', () => {
  it('keeps each problem with its time and the browser’s words, oldest first', () => {
    recordStorageProblem('full', 'QuotaExceededError', 1_000);
    recordStorageProblem('connectionLost', 'DatabaseClosedError', 2_000);

    expect(storageProblems()).toEqual([
      { kind: 'full', at: 1_000, detail: 'QuotaExceededError' },
      { kind: 'connectionLost', at: 2_000, detail: 'DatabaseClosedError' },
    ]);
    // Kept outside the database, which may be the very thing that failed.
    expect(localStorage.getItem('velkommen.storageProblems')).toContain('QuotaExceededError');
  });

  it('keeps how many visits a problem concerns, where it says', () => {
    recordStorageProblem('wiped', 'The database was emptied.', 3_000, 2);
    expect(storageProblems()).toEqual([
      { kind: 'wiped', at: 3_000, detail: 'The database was emptied.', count: 2 },
    ]);
  });

  it('keeps only the newest ones', () => {
    for (let i = 0; i < MAX_KEPT + 5; i++) recordStorageProblem('full', `write ${i}`, i);
    const kept = storageProblems();
    expect(kept).toHaveLength(MAX_KEPT);
    expect(kept.at(-1)?.detail).toBe(`write ${MAX_KEPT + 4}`);
    expect(kept[0]?.detail).toBe('write 5');
  });

  it('still holds a problem for this session when localStorage refuses it too', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => recordStorageProblem('full', 'no room anywhere', 5)).not.toThrow();
    expect(storageProblems()).toEqual([{ kind: 'full', at: 5, detail: 'no room anywhere' }]);
  });

  it('ignores kept entries that are not problems', () => {
    localStorage.setItem(
      'velkommen.storageProblems',
      JSON.stringify([{ kind: 'full', at: 1, detail: 'ok' }, { kind: 'nonsense', at: 2 }, 'x']),
    );
    expect(storageProblems()).toEqual([{ kind: 'full', at: 1, detail: 'ok' }]);
  });

  it('tells listeners about a new problem and about clearing', () => {
    const listener = vi.fn();
    const stop = onStorageProblems(listener);
    recordStorageProblem('unwritable', 'private window');
    clearStorageProblems();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(storageProblems()).toEqual([]);
    stop();
    recordStorageProblem('unwritable', 'again');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('describes errors by name and message', () => {
    expect(describeError(new DOMException('disk full', 'QuotaExceededError'))).toBe(
      'QuotaExceededError: disk full',
    );
    expect(describeError('plain')).toBe('plain');
  });
});
