// The tablet's work besides the first screen, started once that screen is up (main.tsx): the
// service worker (offline start, updates), the sync loop, the request for persistent storage, and
// the chunks a tap may need next, fetched ahead so that no tap waits for them.
import { requestPersistence } from './data/storage';
import { messageCatalog } from './i18n/messages/catalog';
import { registerServiceWorker } from './pwa/register';
import type { AppServices } from './services/appServices';
import { startSync } from './sync/syncLoop';
import { preloadKiosk } from './ui/kiosk/preloadKiosk';

export function start(services: AppServices): void {
  registerServiceWorker(services.updates);
  // One loop per tablet (Web Locks across tabs) sends pending visits whenever the network allows.
  startSync({ status: services.syncStatus, wakeups: services.sync });
  // Ask at every start until granted: without it the browser may clear unsynced visits under storage pressure.
  void requestPersistence();
  // A language switch on the kiosk must feel instant, offline too.
  messageCatalog
    .loadAll(false)
    .catch((error: unknown) => console.error('Some languages did not load.', error));
  preloadKiosk();
}
