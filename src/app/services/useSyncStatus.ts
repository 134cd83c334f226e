import { useEffect, useState } from 'preact/hooks';
import { useServices } from './ServicesProvider';
import type { SyncStatus } from '../sync/status';

/** The page's sync status for a component; it re-renders on every change. */
export function useSyncStatus(): SyncStatus {
  const store = useServices().syncStatus;
  const [status, setStatus] = useState<SyncStatus>(store.getStatus);
  useEffect(() => {
    // A change between the first render and this effect would otherwise be missed.
    setStatus(store.getStatus());
    return store.subscribe(setStatus);
  }, [store]);
  return status;
}
