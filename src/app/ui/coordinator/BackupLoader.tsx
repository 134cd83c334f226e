// Loading a tablet's backup file into the server: choose the file, see what it holds, load it,
// and read what the server kept and what it refused and why. Safe to do twice.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { BackupContents, BackupProblem, LoadResult } from './backup';
import { loadBackup, parseBackup, rejectionReasons } from './backup';
import type { Connection } from './credentials';
import { problemText } from './problemText';

const PROBLEM = {
  'not-json': 'coordinator.backup.notJson',
  'not-backup': 'coordinator.backup.notBackup',
  'newer-version': 'coordinator.backup.newerVersion',
} as const satisfies Record<BackupProblem, string>;

interface BackupLoaderProps {
  connection: Connection;
  /** Told after a load, so figures on the page can be fetched again. */
  onLoaded?: () => void;
}

export function BackupLoader({ connection, onLoaded }: BackupLoaderProps) {
  const { t, formatNumber } = useI18n();
  const [backup, setBackup] = useState<BackupContents | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<LoadResult | null>(null);
  const [result, setResult] = useState<LoadResult | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (input: HTMLInputElement) => {
    setBackup(null);
    setResult(null);
    setFileProblem(null);
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (parsed.ok) setBackup(parsed.backup);
    else setFileProblem(t(PROBLEM[parsed.problem]));
  };

  const load = async () => {
    if (!backup) return;
    setBusy(true);
    setResult(null);
    setProgress(null);
    try {
      setResult(await loadBackup(connection, backup.visits, { onProgress: setProgress }));
      onLoaded?.();
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <section class="backup-loader" aria-labelledby="backup-loader-title">
      <h2 id="backup-loader-title">{t('coordinator.backup.title')}</h2>
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
      {backup && (
        <div class="backup-loader__ready">
          <p>
            {t('coordinator.backup.holds', {
              device: backup.deviceId || '?',
              count: backup.visits.length,
              at: backup.exportedAt || '?',
            })}
          </p>
          <button
            type="button"
            class="coordinator-primary"
            disabled={busy || backup.visits.length === 0}
            onClick={() => void load()}
          >
            {t('coordinator.backup.load')}
          </button>
        </div>
      )}
      <div role="status" class="backup-loader__status">
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
              <ul class="backup-loader__reasons" aria-label={t('coordinator.backup.reasons')}>
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
