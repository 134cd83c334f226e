// One delivery at a time per tablet, however many tabs are open: the loop holds a lock while it
// delivers and skips its turn when another tab holds it. In the browser that is a Web Lock, which the
// browser releases by itself when a tab dies; where there are no Web Locks (Node in the tests) a lock
// in memory with the same "if available" meaning stands in.

const SYNC_LOCK_NAME = 'velkommen-sync';

export type LockOutcome<T> = { ran: true; value: T } | { ran: false };

export interface SyncLock {
  /**
   * Runs `task` while holding the lock and resolves with its value; when someone else holds the lock,
   * resolves `{ ran: false }` at once without running it. The lock is released when `task` settles.
   */
  ifAvailable<T>(task: () => Promise<T>): Promise<LockOutcome<T>>;
}

/** The lock as the browser's Web Locks (`navigator.locks`). */
export function webLock(locks: LockManager, name: string = SYNC_LOCK_NAME): SyncLock {
  return {
    async ifAvailable<T>(task: () => Promise<T>): Promise<LockOutcome<T>> {
      // The lock is held until the callback's promise settles, so the task runs inside it.
      const outcome = await locks.request(
        name,
        { ifAvailable: true },
        async (lock): Promise<LockOutcome<T>> =>
          lock === null ? { ran: false } : { ran: true, value: await task() },
      );
      return outcome;
    },
  };
}

/** A lock in memory: exclusive among everyone who uses the same object. */
export function memoryLock(): SyncLock {
  let held = false;
  return {
    async ifAvailable<T>(task: () => Promise<T>): Promise<LockOutcome<T>> {
      if (held) return { ran: false };
      held = true;
      try {
        return { ran: true, value: await task() };
      } finally {
        held = false;
      }
    },
  };
}

/**
 * Web Locks where the browser has them, else a lock in memory of the loop's own: loops that must take
 * turns without Web Locks are given the same memoryLock().
 */
export function defaultLock(): SyncLock {
  if (typeof navigator !== 'undefined' && navigator.locks !== undefined) {
    return webLock(navigator.locks);
  }
  return memoryLock();
}
