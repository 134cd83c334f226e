import { describe, expect, it } from 'vitest';
import { memoryLock, webLock } from './lock';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('memoryLock', () => {
  it('runs one task at a time and turns the second away at once', async () => {
    const lock = memoryLock();
    const gate = deferred();
    const first = lock.ifAvailable(async () => {
      await gate.promise;
      return 'first';
    });
    let secondRan = false;
    const second = await lock.ifAvailable(async () => {
      secondRan = true;
      return 'second';
    });
    expect(second).toEqual({ ran: false });
    expect(secondRan).toBe(false);

    gate.resolve();
    expect(await first).toEqual({ ran: true, value: 'first' });
    expect(await lock.ifAvailable(async () => 'third')).toEqual({ ran: true, value: 'third' });
  });

  it('is released when the task fails', async () => {
    const lock = memoryLock();
    await expect(
      lock.ifAvailable(async () => {
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
    expect(await lock.ifAvailable(async () => 1)).toEqual({ ran: true, value: 1 });
  });
});

describe('webLock', () => {
  // A stand-in for navigator.locks with the ifAvailable behaviour of the spec.
  function fakeLocks(): LockManager {
    const held = new Set<string>();
    const request = async (
      name: string,
      options: LockOptions,
      callback: (lock: Lock | null) => unknown,
    ): Promise<unknown> => {
      expect(name).toBe('velkommen-sync');
      expect(options.ifAvailable).toBe(true);
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        held.delete(name);
      }
    };
    return { request, query: async () => ({}) } as unknown as LockManager;
  }

  it('asks for velkommen-sync if available and runs the task while holding it', async () => {
    const locks = fakeLocks();
    const a = webLock(locks);
    const b = webLock(locks);
    const gate = deferred();
    const first = a.ifAvailable(async () => {
      await gate.promise;
      return 'a';
    });
    expect(await b.ifAvailable(async () => 'b')).toEqual({ ran: false });
    gate.resolve();
    expect(await first).toEqual({ ran: true, value: 'a' });
    expect(await b.ifAvailable(async () => 'b')).toEqual({ ran: true, value: 'b' });
  });
});
