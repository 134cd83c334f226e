// The page's way to nudge its sync loop: after a check-in or a void, and after a new pairing. Made
// once when the page starts (createAppServices) and handed to the UI, while the loop itself starts
// later, in the background, and listens from then on; a nudge before that is not needed, since the
// loop's first pass sends whatever is pending.

export interface SyncHandle {
  /** Deliver soon (about two seconds), so the visits of a party and a quick undo go together. */
  request(): void;
  /** A new pairing was stored: forget the pause and the backoff and try at once. */
  afterPairing(): void;
}

export type SyncWake = 'check-in' | 'paired';

export interface SyncWakeups extends SyncHandle {
  /** For startSync: calls `wake` on every nudge; returns the function that stops it. */
  listen(wake: (reason: SyncWake) => void): () => void;
}

export function createSyncHandle(): SyncWakeups {
  const loops = new Set<(reason: SyncWake) => void>();
  const tell = (reason: SyncWake) => {
    for (const wake of loops) wake(reason);
  };
  return {
    request: () => tell('check-in'),
    afterPairing: () => tell('paired'),
    listen(wake) {
      loops.add(wake);
      return () => void loops.delete(wake);
    },
  };
}
