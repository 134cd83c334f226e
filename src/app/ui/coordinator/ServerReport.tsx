// The grant-report tables from the server, for every tablet of the centre: fetched again whenever
// the period, the language or the listed countries change, the last ones kept on screen meanwhile.
import { useI18n } from '../../i18n/I18n';
import type { Period } from '../../../shared/periods';
import type { ReportLang } from '../../../shared/api/report';
import { getReport } from '../../coordinator/api';
import type { Connection } from '../../coordinator/credentials';
import { printCompactFor, ReportSection } from '../reports/ReportSection';
import { ReportTotals } from '../reports/ReportTotals';
import { useServerFigures } from './useServerFigures';

interface ServerReportProps {
  connection: Connection;
  period: Period;
  lang: ReportLang;
  countries: readonly string[] | null;
  /** One centre's id; null for every centre the token sees. */
  centre?: string | null;
  /** Changes when the figures must be fetched again (e.g. after unsent visits were loaded). */
  reloadKey: number;
  /** The server no longer takes the token: ask for it again. */
  onUnauthorized: (why: string) => void;
}

export function ServerReport(props: ServerReportProps) {
  const { connection, period, lang, countries, centre = null, reloadKey, onUnauthorized } = props;
  const { t } = useI18n();
  const state = useServerFigures(
    () => {
      const query = { ...period, lang, centre, ...(countries ? { countries } : {}) };
      return Promise.all([
        getReport(connection, { ...query, table: 'countries' }),
        getReport(connection, { ...query, table: 'municipalities' }),
      ]);
    },
    [
      connection.endpoint,
      connection.token,
      period.from,
      period.to,
      lang,
      countries?.join(','),
      centre,
      reloadKey,
    ],
    true,
    onUnauthorized,
  );
  const reports = state.value;

  return (
    <div class="server-report" aria-busy={state.loading}>
      <p role="status" class="server-report__status">
        {state.loading && t('reports.loading')}
        {state.problem && <span class="report-problem">{state.problem}</span>}
      </p>
      {reports && (
        <>
          <ReportTotals totals={reports[0].totals} />
          <div class="report-sections">
            <ReportSection report={reports[0]} printCompact={printCompactFor(reports)} />
            <ReportSection report={reports[1]} printCompact={printCompactFor(reports)} />
          </div>
        </>
      )}
    </div>
  );
}
