// Files from the server, covering every tablet: the visit log and both report tables, as CSV or
// JSON. The token travels in a header, so each file is fetched and then saved from a Blob, exactly
// as the server sent it.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { Period } from '../../../shared/periods';
import type { Format, ReportLang } from '../../../shared/api/report';
import { getReportFile, getVisitLogFile } from '../../coordinator/api';
import type { Connection } from '../../coordinator/credentials';
import { downloadBlob, reportFileName, visitLogFileName } from '../reports/download';
import type { ExportFile } from '../reports/ExportButtons';
import { ExportButtons } from '../reports/ExportButtons';
import { problemText } from './problemText';

interface ServerDownloadsProps {
  connection: Connection;
  period: Period;
  countries: readonly string[] | null;
  /** One centre's id; null for every centre the token sees, together. */
  centre?: string | null;
}

export function ServerDownloads(props: ServerDownloadsProps) {
  const { connection, period, countries, centre = null } = props;
  const { t } = useI18n();
  const [fileLang, setFileLang] = useState<ReportLang>('da');
  const [includeVoided, setIncludeVoided] = useState(false);

  const exportFile = async (file: ExportFile, format: Format): Promise<string> => {
    try {
      if (file === 'visits') {
        const blob = await getVisitLogFile(
          connection,
          { ...period, lang: fileLang, includeVoided, centre },
          format,
        );
        const name = visitLogFileName(period, format, fileLang);
        downloadBlob(blob, name);
        return name;
      }
      const query = {
        ...period,
        table: file,
        lang: fileLang,
        centre,
        ...(countries ? { countries } : {}),
      };
      const blob = await getReportFile(connection, query, format);
      const name = reportFileName(file, period, format, fileLang);
      downloadBlob(blob, name);
      return name;
    } catch (error) {
      throw new Error(problemText(t, error));
    }
  };

  return (
    <section class="server-downloads" aria-labelledby="server-downloads-title">
      <h2 id="server-downloads-title">{t('coordinator.downloads')}</h2>
      <p>{t('coordinator.downloadsExplain')}</p>
      <label class="report-choice">
        <input
          type="checkbox"
          checked={includeVoided}
          onChange={(event) => setIncludeVoided(event.currentTarget.checked)}
        />
        <span>{t('reports.includeVoided')}</span>
      </label>
      <ExportButtons fileLang={fileLang} onFileLang={setFileLang} onExport={exportFile} />
    </section>
  );
}
