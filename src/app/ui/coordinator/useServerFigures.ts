// Figures the coordinator page asks the server for, again whenever `keys` change: the last ones
// kept on screen while new ones come, a problem in the coordinator's words, and a token the server
// no longer takes handed to `onUnauthorized`. An answer that comes after newer keys is dropped.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { ApiProblem } from '../../coordinator/api';
import { problemText } from './problemText';

export interface ServerFigures<T> {
  value: T | null;
  loading: boolean;
  problem: string | null;
}

/** `load` is called when `enabled` and whenever `keys` change; nothing is asked while disabled. */
export function useServerFigures<T>(
  load: () => Promise<T>,
  keys: readonly unknown[],
  enabled: boolean,
  onUnauthorized: (why: string) => void,
): ServerFigures<T> {
  const { t } = useI18n();
  const [state, setState] = useState<ServerFigures<T>>({
    value: null,
    loading: enabled,
    problem: null,
  });

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setState((before) => ({ ...before, loading: true, problem: null }));
    load().then(
      (value) => {
        if (current) setState({ value, loading: false, problem: null });
      },
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiProblem && error.kind === 'unauthorized') {
          onUnauthorized(problemText(t, error));
          return;
        }
        setState((before) => ({ ...before, loading: false, problem: problemText(t, error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [enabled, ...keys]);

  return state;
}
