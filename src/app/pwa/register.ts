// Registers the service worker that makes the kiosk work offline, and looks for a new version every
// half hour, whenever the page is shown again and whenever the network comes back: nobody ever
// reloads a kiosk by hand. A new version waits until the kiosk says it is idle between visitors
// (applyWaitingUpdate); it is never forced mid-tap. The reload that follows skipWaiting happens
// only from applyWaitingUpdate, and taps do nothing in the moment between the two, so no
// check-in can start only to be cut off.
import { Workbox } from 'workbox-window';

export const UPDATE_CHECK_EVERY_MS = 30 * 60_000;
/** If the waiting version has not taken over by then (it went away), the kiosk carries on as it is. */
const TAKE_OVER_TIMEOUT_MS = 10_000;

let workbox: Workbox | undefined;
let updateWaiting = false;
/** Another tab moved to the new version already: this page runs old code under the new worker. */
let controllerChanged = false;
let applying = false;
const listeners = new Set<() => void>();

function announce(): void {
  updateWaiting = true;
  for (const listener of listeners) listener();
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox = wb;
  wb.addEventListener('waiting', announce);
  wb.addEventListener('controlling', (event) => {
    // The first install takes control of a fresh page (isUpdate false): nothing to reload then.
    if (!event.isUpdate || applying) return;
    controllerChanged = true;
    announce();
  });
  wb.register().catch((error: unknown) => {
    // Without a worker the kiosk still records visits; it just cannot open offline yet.
    console.warn('The service worker could not be registered:', error);
  });
  watchForUpdates(() => checkForUpdate());
}

/** Asks the server whether there is a new version; a found one shows up through onUpdateWaiting. */
export async function checkForUpdate(): Promise<void> {
  if (!workbox || navigator.onLine === false) return;
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

export function isUpdateWaiting(): boolean {
  return updateWaiting;
}

export function onUpdateWaiting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads the page afresh (after another tab upgraded the database); only at an idle moment. */
export function reloadPage(): void {
  window.location.reload();
}

// Between asking the new version to take over and the reload, a tap would start a check-in that
// the reload then cuts off; so for that moment taps and keys reach nothing.
const HELD_EVENTS = ['pointerdown', 'pointerup', 'click', 'touchstart', 'keydown'] as const;

function holdInput(): () => void {
  const swallow = (event: Event) => {
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of HELD_EVENTS) window.addEventListener(type, swallow, true);
  return () => {
    for (const type of HELD_EVENTS) window.removeEventListener(type, swallow, true);
  };
}

/**
 * Moves to the waiting version and reloads the page; call only while nobody is mid-check-in (the
 * kiosk's first screen, untouched for a while). Returns whether a reload is on its way.
 */
export function applyWaitingUpdate(reload: () => void = reloadPage): boolean {
  if (!workbox || !updateWaiting || applying) return false;
  applying = true;
  const release = holdInput();
  if (controllerChanged) {
    reload();
    return true;
  }
  const giveUp = window.setTimeout(() => {
    release();
    applying = false;
    updateWaiting = false;
  }, TAKE_OVER_TIMEOUT_MS);
  workbox.addEventListener('controlling', () => {
    window.clearTimeout(giveUp);
    reload();
  });
  workbox.messageSkipWaiting();
  return true;
}
