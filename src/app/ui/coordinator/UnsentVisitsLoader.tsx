// Loading a tablet's unsent visits file into the server: choose the file, see what it holds, load
// it, and read what the server kept and what it refused and why. Safe to do twice.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { UnsentVisitsFile, UnsentVisitsProblem } from '../../../shared/api/unsentVisitsFile';
import { parseUnsentVisitsFile } from '../../../shared/api/unsentVisitsFile';
import type { Connection } from '../../coordinator/credentials';
import type { LoadResult } from '../../coordinator/unsentVisits';
import { loadUnsentVisits, rejectionReasons } from '../../coordinator/unsentVisits';
import { problemText } from './problemText';

const PROBLEM = {
  'not-json': 'coordinator.backup.notJson',
  'not-unsent-visits': 'coordinator.backup.notBackup',
  'newer-version': 'coordinator.backup.newerVersion',
} as const satisfies Record<UnsentVisitsProblem, string>;

interface UnsentVisitsLoaderProps {
  connection: Connection;
  /** Told after a load, so figures on the page can be fetched again. */
  onLoaded?: () => void;
}

export function UnsentVisitsLoader({ connection, onLoaded }: UnsentVisitsLoaderProps) {
  const { t, formatNumber } = useI18n();
  const [chosen, setChosen] = useState<UnsentVisitsFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<LoadResult | null>(null);
  const [result, setResult] = useState<LoadResult | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (input: HTMLInputElement) => {
    setChosen(null);
    setResult(null);
    setFileProblem(null);
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseUnsentVisitsFile(await file.text());
    if (parsed.ok) setChosen(parsed.file);
    else setFileProblem(t(PROBLEM[parsed.problem]));
  };

  const load = async () => {
    if (!chosen) return;
    setBusy(true);
    setResult(null);
    setProgress(null);
    try {
      setResult(await loadUnsentVisits(connection, chosen.visits, { onProgress: setProgress }));
      onLoaded?.();
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <section class="unsent-visits-loader" aria-labelledby="unsent-visits-loader-title">
      <h2 id="unsent-visits-loader-title">{t('coordinator.backup.title')}</h2>
      <p>{t('coordinator.backup.explain')}</p>
      <label class="coordinator-field">
        <span>{t('coordinator.backup.choose')}</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event.currentTarget)}
        />
      </label>
      {fileProblem && (
        <p role="status">
          <span class="report-problem">{fileProblem}</span>
        </p>
      )}
      {chosen && (
        <div class="unsent-visits-loader__ready">
          <p>
            {t('coordinator.backup.holds', {
              device: chosen.deviceId || '?',
              count: chosen.visits.length,
              at: chosen.exportedAt || '?',
            })}
          </p>
          <button
            type="button"
            class="coordinator-primary"
            disabled={busy || chosen.visits.length === 0}
            onClick={() => void load()}
          >
            {t('coordinator.backup.load')}
          </button>
        </div>
      )}
      <div role="status" class="unsent-visits-loader__status">
        {busy && progress && (
          <p>{t('coordinator.backup.progress', { sent: progress.sent, total: progress.total })}</p>
        )}
        {result && (
          <>
            <p>
              {t('coordinator.backup.result', {
                stored: result.stored,
                total: result.total,
                rejected: result.rejected.length,
              })}
            </p>
            {result.rejected.length > 0 && (
              <ul
                class="unsent-visits-loader__reasons"
                aria-label={t('coordinator.backup.reasons')}
              >
                {rejectionReasons(result.rejected).map(({ reason, count }) => (
                  <li key={reason}>
                    <strong>{formatNumber(count)}</strong> {reason}
                  </li>
                ))}
              </ul>
            )}
            {result.problem && (
              <p>
                <span class="report-problem">
                  {problemText(t, result.problem)} {t('coordinator.backup.again')}
                </span>
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
