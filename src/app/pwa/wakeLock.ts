// Keeps the tablet's screen on while the kiosk shows, through the Screen Wake Lock API. The browser
// drops the lock whenever the page is hidden (screen off, another app), so it is asked for again each
// time the page becomes visible. A browser without the API, or one that says no (battery saver, a
// permissions policy), leaves the screen to its own timeout: the kiosk works the same either way.

interface Sentinel {
  readonly released: boolean;
  release(): Promise<void>;
}

export interface WakeLockEnv {
  navigator: { wakeLock?: { request(type: 'screen'): Promise<Sentinel> } };
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

function browserEnv(): WakeLockEnv | null {
  if (typeof navigator === 'undefined' || typeof document === 'undefined') return null;
  return { navigator, document };
}

/** Holds the screen on until the returned function is called. */
export function keepScreenOn(env: WakeLockEnv | null = browserEnv()): () => void {
  const api = env?.navigator.wakeLock;
  if (!env || !api || typeof api.request !== 'function') return () => undefined;
  const doc = env.document;
  let sentinel: Sentinel | null = null;
  let asking = false;
  let stopped = false;

  const ask = async () => {
    if (stopped || asking || doc.visibilityState !== 'visible') return;
    if (sentinel !== null && !sentinel.released) return;
    asking = true;
    try {
      const granted = await api.request('screen');
      if (stopped) void granted.release().catch(() => undefined);
      else sentinel = granted;
    } catch (error) {
      // Refused: the screen follows the tablet's own timeout, which staff can set long.
      console.info('The screen may turn off by itself: the wake lock was refused.', error);
    } finally {
      asking = false;
    }
  };

  const onVisibility = () => {
    if (doc.visibilityState === 'visible') void ask();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  void ask();

  return () => {
    stopped = true;
    doc.removeEventListener('visibilitychange', onVisibility);
    void sentinel?.release().catch(() => undefined);
    sentinel = null;
  };
}
