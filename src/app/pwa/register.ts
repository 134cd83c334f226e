// Registers the service worker that makes the kiosk work offline. A new version waits until
// the kiosk says it is idle between visitors (applyWaitingUpdate); it is never forced mid-tap.
import { Workbox } from 'workbox-window';

let workbox: Workbox | undefined;
let updateWaiting = false;
const listeners = new Set<() => void>();

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('waiting', () => {
    updateWaiting = true;
    for (const listener of listeners) listener();
  });
  workbox.register().catch((error: unknown) => {
    // Without a worker the kiosk still records visits; it just cannot open offline yet.
    console.warn('The service worker could not be registered:', error);
  });
}

export function isUpdateWaiting(): boolean {
  return updateWaiting;
}

export function onUpdateWaiting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Moves to the waiting version and reloads; call only while nobody is mid-check-in. */
export function applyWaitingUpdate(): void {
  if (!workbox || !updateWaiting) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
