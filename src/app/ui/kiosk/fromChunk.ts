// A component whose code is in a chunk fetched after the first screen. Once the chunk is in (the
// kiosk fetches its chunks ahead, chunks.ts), it draws in the same render as its screen: no empty
// frame between two screens. Before that it draws nothing until the chunk comes, which from the
// service worker's precache is a moment. Unlike preact/compat's lazy, it never swaps one
// component for another once shown, so a screen keeps its state when the chunk arrives.
import type { ComponentType, FunctionComponent } from 'preact';
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface Chunk<M> {
  load: () => Promise<M>;
  /** The chunk's module once it has loaded, at once and without waiting. */
  loaded: () => M | undefined;
}

/** A dynamic import() that remembers its module, so later renders need not wait for a promise. */
export function chunk<M>(importer: () => Promise<M>): Chunk<M> {
  let module: M | undefined;
  return {
    load: () => importer().then((loaded) => (module = loaded)),
    loaded: () => module,
  };
}

/**
 * The chunk's module once it is in, asked for at the first render without it; a failure is thrown.
 */
export function useChunk<M>(from: Chunk<M>): M | undefined {
  const module = from.loaded();
  const [, setArrived] = useState(false);
  // A chunk that cannot load is thrown during render, for the nearest error boundary to show.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (module !== undefined) return;
    let current = true;
    from.load().then(
      () => current && setArrived(true),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [module]);
  if (failure !== null) throw failure.error;
  return module;
}

/** `stand` (drawn with the same props) until the chunk is in: what shows of it at once. */
export function fromChunk<M, P extends object>(
  from: Chunk<M>,
  pick: (module: M) => ComponentType<P>,
  stand?: ComponentType<P>,
): FunctionComponent<P> {
  function FromChunk(props: P) {
    const module = useChunk(from);
    if (module !== undefined) return h(pick(module), props);
    return stand === undefined ? null : h(stand, props);
  }
  return FromChunk;
}
