// The life of one save on the settings screen: saving, saved (with what to say), or refused (with
// why). A refused save leaves the stored value as it was; the data layer guarantees that.
import { useCallback, useState } from 'preact/hooks';
import type { Said } from './errors';
import { describeError } from './errors';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'done'; said: Said }
  | { kind: 'failed'; said: Said };

export interface Saver {
  state: SaveState;
  /** Runs a save; resolves true when it was stored, and says `said` (or "Saved.") then. */
  run: <T>(save: () => Promise<T>, said?: Said | ((result: T) => Said)) => Promise<boolean>;
}

export function useSave(): Saver {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const run = useCallback(
    async <T>(save: () => Promise<T>, said?: Said | ((result: T) => Said)) => {
      setState({ kind: 'saving' });
      try {
        const result = await save();
        const done = typeof said === 'function' ? said(result) : said;
        setState({ kind: 'done', said: done ?? { key: 'settings.saved' } });
        return true;
      } catch (error) {
        setState({ kind: 'failed', said: describeError(error) });
        return false;
      }
    },
    [],
  );
  return { state, run };
}
