// What lives as long as the page: the sync status staff see, the nudges to the sync loop, and whether
// a new version of the app waits. Made once when the page starts (main.tsx) and handed down: to the
// components through <ServicesProvider>, to the background work through start(services). Each is a
// small store of its own; none of them is a module's global.
import type { UpdateTracker } from '../pwa/updates';
import { createUpdateState } from '../pwa/updates';
import type { SyncWakeups } from '../sync/handle';
import { createSyncHandle } from '../sync/handle';
import type { SyncStatusStore } from '../sync/status';
import { createSyncStatusStore } from '../sync/status';

export interface AppServices {
  syncStatus: SyncStatusStore;
  sync: SyncWakeups;
  updates: UpdateTracker;
}

export function createAppServices(): AppServices {
  return {
    syncStatus: createSyncStatusStore(),
    sync: createSyncHandle(),
    updates: createUpdateState(),
  };
}
