// The export buttons both places share: the visit log, the countries table and the municipalities
// table, each as CSV (for spreadsheets and the ministry's form) or JSON (for other tools), plus the
// language of the names in the files. Where the files come from (the tablet's own storage or the
// server) is the caller's `onExport`; this says what happened in words.
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages/da';
import type { Format, ReportLang } from '../../../shared/api/report';

export type ExportFile = 'visits' | 'countries' | 'municipalities';

const FILES: readonly { file: ExportFile; label: MessageKey }[] = [
  { file: 'visits', label: 'reports.file.visits' },
  { file: 'countries', label: 'reports.file.countries' },
  { file: 'municipalities', label: 'reports.file.municipalities' },
];

const FORMATS: readonly Format[] = ['csv', 'json'];

interface ExportButtonsProps {
  fileLang: ReportLang;
  onFileLang: (lang: ReportLang) => void;
  /** Makes the file and offers it to save; returns its name. Throws a sentence to show. */
  onExport: (file: ExportFile, format: Format) => Promise<string>;
}

type Outcome = { saved: string } | { failed: string } | null;

export function ExportButtons({ fileLang, onFileLang, onExport }: ExportButtonsProps) {
  const { t } = useI18n();
  const langGroup = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async (file: ExportFile, format: Format) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ saved: await onExport(file, format) });
    } catch (error) {
      setOutcome({ failed: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export-buttons">
      <fieldset class="export-buttons__lang">
        <legend>{t('reports.fileLang')}</legend>
        {(['da', 'en'] as const).map((code) => (
          <label key={code} class="report-choice">
            <input
              type="radio"
              name={`${langGroup}-file-lang`}
              value={code}
              checked={fileLang === code}
              onChange={() => onFileLang(code)}
            />
            <span>{t(code === 'da' ? 'reports.fileLang.da' : 'reports.fileLang.en')}</span>
          </label>
        ))}
      </fieldset>
      <ul class="export-buttons__files">
        {FILES.map(({ file, label }) => (
          <li key={file} class="export-buttons__file">
            <span class="export-buttons__name">{t(label)}</span>
            {FORMATS.map((format) => (
              <button
                key={format}
                type="button"
                data-export={`${file}-${format}`}
                disabled={busy}
                aria-label={t('reports.download', {
                  what: t(label),
                  format: format.toUpperCase(),
                })}
                onClick={() => void run(file, format)}
              >
                {format.toUpperCase()}
              </button>
            ))}
          </li>
        ))}
      </ul>
      <p class="export-buttons__status" role="status">
        {outcome && 'saved' in outcome && t('reports.saved', { file: outcome.saved })}
        {outcome && 'failed' in outcome && (
          <span class="report-problem">{t('reports.saveFailed', { reason: outcome.failed })}</span>
        )}
      </p>
    </div>
  );
}
