import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus, SyncStatusStore } from './status';
import { syncStatus } from './status';

/** The sync status for a component; it re-renders on every change. */
export function useSyncStatus(store: SyncStatusStore = syncStatus): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>(store.getStatus);
  useEffect(() => {
    // A change between the first render and this effect would otherwise be missed.
    setStatus(store.getStatus());
    return store.subscribe(setStatus);
  }, [store]);
  return status;
}
