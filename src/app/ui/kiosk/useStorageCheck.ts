// The kiosk's test write, run each time the kiosk opens (at start, and when staff hand it back) and
// again when asked: `ok` is null until the first answer, so no question shows before it is known
// that her answers can be kept. A check made already for this opening (at start, beside the
// settings) is taken as the first answer.
import { useEffect, useState } from 'preact/hooks';
import type { StorageCheck } from '../../data/storageCheck';
import { checkStorage } from '../../data/storageCheck';

export interface StorageCheckState {
  ok: boolean | null;
  checking: boolean;
  retry: () => void;
}

export function useStorageCheck(done?: StorageCheck): StorageCheckState {
  const [ok, setOk] = useState<boolean | null>(done?.ok ?? null);
  const [checking, setChecking] = useState(done === undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0 && done !== undefined) return;
    let current = true;
    setChecking(true);
    void checkStorage().then((check) => {
      if (!current) return;
      setOk(check.ok);
      setChecking(false);
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  return { ok, checking, retry: () => setAttempt((n) => n + 1) };
}
