// What the staff view shows about sync: how many visits wait, which were refused and why, when a
// delivery last succeeded, and what the loop is doing or why it stopped. The counts come from the
// tablet's storage (live while anyone listens, so a check-in in another tab shows too); the rest is
// reported by the loop of this page. The page makes one store when it starts (createAppServices).
import type { OutboxState, QuarantinedVisit } from '../data/outbox';
import type { ProblemCode } from './client';
import type { ClockCheck } from './clock';

export interface SyncProblem {
  code: ProblemCode;
  /** A sentence a person can act on. */
  message: string;
  /** Epoch milliseconds. */
  at: number;
}

export interface SyncStatus {
  pending: number;
  quarantined: number;
  quarantinedVisits: readonly QuarantinedVisit[];
  /** When the endpoint last answered a delivery properly (epoch milliseconds), or null. */
  lastSuccessAt: number | null;
  /** The last failed attempt; cleared by the next success. */
  lastError: SyncProblem | null;
  /** Why sync waits for someone (not paired, token refused, key withdrawn); null while it runs. */
  pausedWhy: SyncProblem | null;
  /** Why the last pairing link opened on this page did not pair; cleared by the next pairing. */
  pairingFailed: SyncProblem | null;
  /**
   * A pairing link opened on this page has just paired the tablet: with which server (null for the
   * app's own) and when (epoch milliseconds). Cleared once someone has seen it.
   */
  pairedByLink: { endpoint: string | null; at: number } | null;
  /** A request is out right now. */
  syncing: boolean;
  /** When the loop will try next (epoch milliseconds), or null when it waits for a trigger. */
  nextAttemptAt: number | null;
  /** The tablet's clock beside the server's at this page's last exchange, or null before one. */
  clock: ClockCheck | null;
}

export type SyncStatusListener = (status: SyncStatus) => void;

export interface SyncStatusStore {
  /** The current status; the same object until something changes. */
  getStatus(): SyncStatus;
  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: SyncStatusListener): () => void;
  /** For the sync loop: merges a change and tells the listeners. */
  update(patch: Partial<SyncStatus>): void;
}

export const INITIAL_STATUS: SyncStatus = {
  pending: 0,
  quarantined: 0,
  quarantinedVisits: [],
  lastSuccessAt: null,
  lastError: null,
  pausedWhy: null,
  pairingFailed: null,
  pairedByLink: null,
  syncing: false,
  nextAttemptAt: null,
  clock: null,
};

/**
 * The later of the stored last success and the one this page's loop saw: a full disk may have kept
 * the loop's from being stored, and an older note must not hide it.
 */
export function newerSuccess(stored: number | null, seen: number | null): number | null {
  if (stored === null) return seen;
  if (seen === null) return stored;
  return Math.max(stored, seen);
}

type Observe = (
  listener: (state: OutboxState) => void,
  onError: (error: unknown) => void,
) => () => void;

// The outbox's code, and the visit schema with it, is not part of the first screen: it is fetched
// when the first listener comes, the staff view, which loads later anyway.
const observeOutboxWhenAsked: Observe = (listener, onError) => {
  let stop: (() => void) | null = null;
  let stopped = false;
  import('../data/outbox').then(({ observeOutbox }) => {
    if (!stopped) stop = observeOutbox(listener, onError);
  }, onError);
  return () => {
    stopped = true;
    stop?.();
  };
};

/**
 * A status store. While it has listeners it follows the outbox in storage through `observe`; without
 * listeners the counts are those the loop last reported.
 */
export function createSyncStatusStore(observe: Observe = observeOutboxWhenAsked): SyncStatusStore {
  let status: SyncStatus = INITIAL_STATUS;
  const listeners = new Set<SyncStatusListener>();
  let stopObserving: (() => void) | null = null;

  function update(patch: Partial<SyncStatus>): void {
    const changed = (Object.keys(patch) as (keyof SyncStatus)[]).some(
      (key) => !Object.is(patch[key], status[key]),
    );
    if (!changed) return;
    status = { ...status, ...patch };
    for (const listener of [...listeners]) listener(status);
  }

  return {
    getStatus: () => status,
    update,
    subscribe(listener) {
      listeners.add(listener);
      stopObserving ??= observe(
        ({ pending, quarantined, quarantinedVisits, lastSuccessAt }) =>
          update({
            pending,
            quarantined,
            quarantinedVisits,
            lastSuccessAt: newerSuccess(lastSuccessAt, status.lastSuccessAt),
          }),
        // Reading storage failed (a closed database); the loop reports storage problems itself.
        () => undefined,
      );
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stopObserving !== null) {
          stopObserving();
          stopObserving = null;
        }
      };
    },
  };
}
