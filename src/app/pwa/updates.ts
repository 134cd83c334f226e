// Whether a new version of the app waits to take over, and taking it over. The page makes one when it
// starts (createAppServices); registerServiceWorker has it follow the worker, and the kiosk asks it
// to take over only while idle between visitors (useIdleUpdate): it is never forced mid-tap. The
// reload that follows skipWaiting happens only from apply(), and taps do nothing in the moment
// between the two, so no check-in can start only to be cut off.

/** If the waiting version has not taken over by then (it went away), the kiosk carries on as it is. */
const TAKE_OVER_TIMEOUT_MS = 10_000;

/** What the kiosk sees. */
export interface UpdateState {
  /** A new version waits (or runs already in another tab). */
  isWaiting(): boolean;
  /** Calls `listener` when a new version is found; returns the function that stops it. */
  onWaiting(listener: () => void): () => void;
  /**
   * Moves to the waiting version and reloads the page; call only while nobody is mid-check-in (the
   * kiosk's first screen, untouched for a while). Returns whether a reload is on its way.
   */
  apply(): boolean;
  /** Loads the page afresh (after another tab upgraded the database); only at an idle moment. */
  reload(): void;
}

/** The registered service worker, as workbox-window's Workbox offers it. */
export interface UpdatingWorker {
  addEventListener(
    type: 'waiting' | 'controlling',
    listener: (event: { isUpdate?: boolean }) => void,
  ): void;
  messageSkipWaiting(): void;
}

export interface UpdateTracker extends UpdateState {
  /** Follows the worker's versions; call before it registers. */
  follow(worker: UpdatingWorker): void;
}

// Between asking the new version to take over and the reload, a tap would start a check-in that
// the reload then cuts off; so for that moment taps and keys reach nothing.
const HELD_EVENTS = ['pointerdown', 'pointerup', 'click', 'touchstart', 'keydown'] as const;

/** Where taps arrive and the time-out runs: the page's window. */
type Page = Pick<
  Window,
  'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'
>;

function holdInput(win: Page): () => void {
  const swallow = (event: Event) => {
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of HELD_EVENTS) win.addEventListener(type, swallow, true);
  return () => {
    for (const type of HELD_EVENTS) win.removeEventListener(type, swallow, true);
  };
}

export function createUpdateState(
  options: { reload?: () => void; window?: Page } = {},
): UpdateTracker {
  const reload = options.reload ?? (() => window.location.reload());
  let worker: UpdatingWorker | null = null;
  let waiting = false;
  /** Another tab moved to the new version already: this page runs old code under the new worker. */
  let controllerChanged = false;
  let applying = false;
  const listeners = new Set<() => void>();

  function announce(): void {
    waiting = true;
    for (const listener of listeners) listener();
  }

  return {
    isWaiting: () => waiting,
    onWaiting(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    reload,
    follow(registered) {
      worker = registered;
      registered.addEventListener('waiting', announce);
      registered.addEventListener('controlling', (event) => {
        // The first install takes control of a fresh page (isUpdate false): nothing to reload then.
        if (!event.isUpdate || applying) return;
        controllerChanged = true;
        announce();
      });
    },
    apply() {
      if (worker === null || !waiting || applying) return false;
      const win = options.window ?? window;
      applying = true;
      const release = holdInput(win);
      if (controllerChanged) {
        reload();
        return true;
      }
      const giveUp = win.setTimeout(() => {
        release();
        applying = false;
        waiting = false;
      }, TAKE_OVER_TIMEOUT_MS);
      worker.addEventListener('controlling', () => {
        win.clearTimeout(giveUp);
        reload();
      });
      worker.messageSkipWaiting();
      return true;
    },
  };
}
