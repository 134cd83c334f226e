// Which centres the token sees and which one the page shows: fetched when the page opens with a
// token, kept while it stays open. The municipality chooses a centre or all of them (null); a
// centre's own token always sees its own centre; a server from before centres has one, unnamed.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Centre } from '../../../shared/api/centres';
import { ApiProblem } from '../../coordinator/api';
import type { CentreScope } from '../../coordinator/centres';
import { getCentres } from '../../coordinator/centres';
import type { Connection } from '../../coordinator/credentials';
import { useI18n } from '../../i18n/I18n';
import { problemText } from './problemText';

export interface CentresState {
  /** Null until the server answered (or when it could not be asked). */
  scope: CentreScope | null;
  problem: string | null;
  /** The chosen centre's id; null for every centre the token sees. */
  chosen: string | null;
  choose: (id: string | null) => void;
  /** The chosen centre, or the token's own; null for all centres or an unnamed single one. */
  shown: Centre | null;
  /** Whether the token may see and manage every centre. */
  municipality: boolean;
  /** Puts a centre as the server answered it (added or changed) into the list. */
  put: (centre: Centre) => void;
}

export function useCentres(
  connection: Connection | null,
  onUnauthorized: (why: string) => void,
): CentresState {
  const { t } = useI18n();
  const [scope, setScope] = useState<CentreScope | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    setScope(null);
    setChosen(null);
    setProblem(null);
    if (connection === null) return;
    let current = true;
    getCentres(connection).then(
      (answer) => {
        if (current) setScope(answer);
      },
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiProblem && error.kind === 'unauthorized') {
          onUnauthorized(problemText(t, error));
          return;
        }
        setProblem(problemText(t, error));
      },
    );
    return () => {
      current = false;
    };
  }, [connection?.endpoint, connection?.token]);

  const put = useCallback(
    (centre: Centre) =>
      setScope((before) => {
        if (before?.kind !== 'centres') return before;
        const known = before.centres.some((c) => c.id === centre.id);
        const centres = known
          ? before.centres.map((c) => (c.id === centre.id ? centre : c))
          : [...before.centres, centre];
        return { ...before, centres };
      }),
    [],
  );

  const centres = scope?.kind === 'centres' ? scope.centres : [];
  const municipality = scope?.kind === 'centres' && scope.role === 'municipality';
  const own = scope?.kind === 'centres' && scope.role === 'centre' ? (centres[0] ?? null) : null;
  const picked = centres.find((centre) => centre.id === chosen) ?? null;
  // One centre on the server: it is the page's centre, as before there were several.
  const only = municipality && centres.length === 1 ? (centres[0] ?? null) : null;
  return {
    scope,
    problem,
    chosen: picked?.id ?? null,
    choose: setChosen,
    shown: own ?? picked ?? only,
    municipality,
    put,
  };
}
