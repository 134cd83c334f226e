// Reading storage from Preact components: a query re-runs whenever the tables it read change, in this
// tab or another, so a count on screen follows every check-in without polling.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The latest result of `query`, `initial` until the first result arrives. The query re-runs when any
 * data it read changes, and is started again when `deps` change. A failed query is thrown during
 * render, so the nearest error boundary can show it instead of a count that silently stopped.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (result) => {
        setFailure(null);
        // A function form, so a T that is itself a function is stored, not called.
        setValue(() => result);
      },
      error: (error: unknown) => setFailure({ error }),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when the query is a new one, as with useEffect itself.
  }, deps);

  if (failure !== null) throw failure.error;
  return value;
}
