// The tablets as the server last listed them, for the coordinator page: fetched when the page opens,
// every minute while it stays open (a tablet just paired shows up by itself), and on demand; the
// last list stays on screen while the next is fetched or when fetching fails.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Device } from '../../../shared/api/devices';
import { ApiProblem } from '../../coordinator/api';
import type { Connection } from '../../coordinator/credentials';
import { getDevices } from '../../coordinator/devices';
import { useI18n } from '../../i18n/I18n';
import { problemText } from './problemText';

const EVERY_MS = 60_000;

export interface DevicesState {
  devices: Device[] | null;
  loading: boolean;
  problem: string | null;
  /** When the list on screen was fetched (epoch milliseconds). */
  fetchedAt: number | null;
  reload: () => void;
  /** Puts a device as the server answered it (after a withdrawal) in place of the listed one. */
  replace: (device: Device) => void;
}

/**
 * The tablets of the server `connection` reaches (of one centre, or of every centre the token sees
 * when `centre` is null); nothing is fetched while the connection is null.
 */
export function useDevices(
  connection: Connection | null,
  onUnauthorized: (why: string) => void,
  centre: string | null = null,
): DevicesState {
  const { t } = useI18n();
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [fetchedAt, setFetchedAt] = useState<number | null>(null);
  const [asked, setAsked] = useState(0);

  // Another server's or another token's tablets are never shown under this one's.
  useEffect(() => setDevices(null), [connection?.endpoint, connection?.token, centre]);

  useEffect(() => {
    if (connection === null) return;
    let current = true;
    const fetchList = () => {
      setLoading(true);
      getDevices(connection, centre).then(
        (list) => {
          if (!current) return;
          setDevices(list);
          setProblem(null);
          setFetchedAt(Date.now());
          setLoading(false);
        },
        (error: unknown) => {
          if (!current) return;
          setLoading(false);
          if (error instanceof ApiProblem && error.kind === 'unauthorized') {
            onUnauthorized(problemText(t, error));
            return;
          }
          setProblem(problemText(t, error));
        },
      );
    };
    fetchList();
    const timer = setInterval(fetchList, EVERY_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [connection?.endpoint, connection?.token, centre, asked]);

  const reload = useCallback(() => setAsked((n) => n + 1), []);
  const replace = useCallback(
    (device: Device) =>
      setDevices((list) => list?.map((known) => (known.id === device.id ? device : known)) ?? null),
    [],
  );
  return { devices, loading, problem, fetchedAt, reload, replace };
}
