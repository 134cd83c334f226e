// Registers the service worker that makes the kiosk work offline, and looks for a new version every
// half hour, whenever the page is shown again and whenever the network comes back: nobody ever
// reloads a kiosk by hand. What is found is handed to the page's update state (updates.ts), which
// lets it take over only at an idle moment.
import { Workbox } from 'workbox-window';
import type { UpdateTracker } from './updates';

export const UPDATE_CHECK_EVERY_MS = 30 * 60_000;

export function registerServiceWorker(updates: UpdateTracker): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, {
    scope: import.meta.env.BASE_URL,
  });
  updates.follow(workbox);
  workbox.register().catch((error: unknown) => {
    // Without a worker the kiosk still records visits; it just cannot open offline yet.
    console.warn('The service worker could not be registered:', error);
  });
  watchForUpdates(() => checkForUpdate(workbox));
}

/** Asks the server whether there is a new version; a found one shows up in the update state. */
async function checkForUpdate(workbox: Workbox): Promise<void> {
  if (navigator.onLine === false) return;
  try {
    await workbox.update();
  } catch (error) {
    // Offline or the server is away: the next check will do.
    console.info('Looking for a new version did not work this time.', error);
  }
}

/** Calls `check` every `everyMs`, when the page is shown again and when the network comes back. */
export function watchForUpdates(
  check: () => unknown,
  options: { everyMs?: number; window?: Window; document?: Document } = {},
): () => void {
  const win = options.window ?? window;
  const doc = options.document ?? document;
  const onVisible = () => {
    if (doc.visibilityState === 'visible') check();
  };
  const timer = win.setInterval(check, options.everyMs ?? UPDATE_CHECK_EVERY_MS);
  doc.addEventListener('visibilitychange', onVisible);
  win.addEventListener('online', check);
  return () => {
    win.clearInterval(timer);
    doc.removeEventListener('visibilitychange', onVisible);
    win.removeEventListener('online', check);
  };
}
