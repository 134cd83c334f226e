import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpdatingWorker } from './updates';
import { createUpdateState } from './updates';

afterEach(() => {
  vi.useRealTimers();
});

// A registered worker as the update state sees it: its events fired by hand.
function fakeWorker() {
  const listeners: { type: string; listener: (event: { isUpdate?: boolean }) => void }[] = [];
  const worker: UpdatingWorker & { fire(type: string, event?: { isUpdate?: boolean }): void } = {
    addEventListener(type, listener) {
      listeners.push({ type, listener });
    },
    messageSkipWaiting: vi.fn(),
    fire(type, event = {}) {
      for (const entry of listeners.filter((each) => each.type === type)) entry.listener(event);
    },
  };
  return worker;
}

// A stand-in for the page's window, of this test alone: taps held by one test reach no other.
function fakePage() {
  const page = Object.assign(document.createElement('div'), {
    setTimeout: (run: () => void, ms?: number) => window.setTimeout(run, ms),
    clearTimeout: (id?: number) => window.clearTimeout(id),
  });
  const tapped = vi.fn();
  return {
    page,
    tap() {
      page.addEventListener('click', tapped, { once: true });
      page.dispatchEvent(new Event('click'));
      page.removeEventListener('click', tapped);
      const reached = tapped.mock.calls.length > 0;
      tapped.mockClear();
      return reached;
    },
  };
}

describe('createUpdateState', () => {
  it('does nothing, and reloads nothing, while no new version waits', () => {
    const reload = vi.fn();
    const updates = createUpdateState({ reload });
    updates.follow(fakeWorker());
    expect(updates.isWaiting()).toBe(false);
    expect(updates.apply()).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('tells its listeners of a waiting version, which takes over and reloads the page on apply', () => {
    const reload = vi.fn();
    const { page, tap } = fakePage();
    const updates = createUpdateState({ reload, window: page });
    const worker = fakeWorker();
    updates.follow(worker);
    const found = vi.fn();
    updates.onWaiting(found);

    worker.fire('waiting');
    expect(updates.isWaiting()).toBe(true);
    expect(found).toHaveBeenCalledTimes(1);

    expect(updates.apply()).toBe(true);
    expect(worker.messageSkipWaiting).toHaveBeenCalledTimes(1);
    // Taps reach nothing until the reload.
    expect(tap()).toBe(false);
    expect(updates.apply()).toBe(false);

    worker.fire('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('lets taps through again when the new version never takes over', () => {
    vi.useFakeTimers();
    const { page, tap } = fakePage();
    const updates = createUpdateState({ reload: vi.fn(), window: page });
    const worker = fakeWorker();
    updates.follow(worker);
    worker.fire('waiting');
    updates.apply();
    expect(tap()).toBe(false);

    vi.advanceTimersByTime(10_000);
    expect(tap()).toBe(true);
    expect(updates.isWaiting()).toBe(false);
  });

  it('reloads at once when another tab has moved to the new version already', () => {
    const reload = vi.fn();
    const updates = createUpdateState({ reload, window: fakePage().page });
    const worker = fakeWorker();
    updates.follow(worker);

    // The first install taking control of a fresh page is no new version.
    worker.fire('controlling', { isUpdate: false });
    expect(updates.isWaiting()).toBe(false);

    worker.fire('controlling', { isUpdate: true });
    expect(updates.isWaiting()).toBe(true);
    expect(updates.apply()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(worker.messageSkipWaiting).not.toHaveBeenCalled();
  });
});
