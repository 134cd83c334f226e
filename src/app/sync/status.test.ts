import { describe, expect, it } from 'vitest';
import type { OutboxState } from '../data/outbox';
import type { SyncStatus } from './status';
import { createSyncStatusStore, INITIAL_STATUS } from './status';

function fakeOutbox() {
  let listener: ((state: OutboxState) => void) | null = null;
  let stops = 0;
  return {
    observe(next: (state: OutboxState) => void) {
      listener = next;
      return () => {
        listener = null;
        stops += 1;
      };
    },
    emit(state: OutboxState) {
      listener?.(state);
    },
    get observing() {
      return listener !== null;
    },
    get stops() {
      return stops;
    },
  };
}

describe('createSyncStatusStore', () => {
  it('starts with nothing known', () => {
    expect(createSyncStatusStore(fakeOutbox().observe).getStatus()).toEqual(INITIAL_STATUS);
  });

  it('tells listeners about each change and keeps the same object when nothing changed', () => {
    const store = createSyncStatusStore(fakeOutbox().observe);
    const seen: SyncStatus[] = [];
    const stop = store.subscribe((status) => seen.push(status));

    store.update({ syncing: true });
    const during = store.getStatus();
    store.update({ syncing: true });
    expect(store.getStatus()).toBe(during);
    store.update({ syncing: false, lastSuccessAt: 5 });

    expect(seen.map((s) => [s.syncing, s.lastSuccessAt])).toEqual([
      [true, null],
      [false, 5],
    ]);
    stop();
    store.update({ syncing: true });
    expect(seen).toHaveLength(2);
  });

  it('follows the stored outbox only while someone listens', () => {
    const outbox = fakeOutbox();
    const store = createSyncStatusStore(outbox.observe);
    expect(outbox.observing).toBe(false);

    const stopA = store.subscribe(() => undefined);
    const stopB = store.subscribe(() => undefined);
    outbox.emit({
      pending: 3,
      quarantined: 1,
      quarantinedVisits: [{ id: 'x', visitedAt: 'v', partyId: 'p', reason: 'conflict' }],
      lastSuccessAt: 42,
    });
    expect(store.getStatus()).toMatchObject({ pending: 3, quarantined: 1, lastSuccessAt: 42 });
    expect(store.getStatus().quarantinedVisits[0]?.reason).toBe('conflict');

    stopA();
    expect(outbox.observing).toBe(true);
    stopB();
    expect(outbox.observing).toBe(false);
    expect(outbox.stops).toBe(1);
  });
});
