// The grant-report tables from the server, for every tablet of the centre: fetched again whenever
// the period, the language or the listed countries change, the last ones kept on screen meanwhile.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { Period } from '../../../shared/periods';
import type { Report, ReportLang } from '../../../shared/api/report';
import { ApiProblem, getReport } from '../../coordinator/api';
import type { Connection } from '../../coordinator/credentials';
import { printCompactFor, ReportSection } from '../reports/ReportSection';
import { ReportTotals } from '../reports/ReportTotals';
import { problemText } from './problemText';

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

interface State {
  reports: [Report, Report] | null;
  loading: boolean;
  problem: string | null;
}

export function ServerReport(props: ServerReportProps) {
  const { connection, period, lang, countries, centre = null, reloadKey, onUnauthorized } = props;
  const { t } = useI18n();
  const [state, setState] = useState<State>({ reports: null, loading: true, problem: null });

  useEffect(() => {
    let current = true;
    setState((before) => ({ ...before, loading: true, problem: null }));
    const query = { ...period, lang, centre, ...(countries ? { countries } : {}) };
    Promise.all([
      getReport(connection, { ...query, table: 'countries' }),
      getReport(connection, { ...query, table: 'municipalities' }),
    ]).then(
      (reports) => {
        if (current) setState({ reports, loading: false, problem: null });
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
  }, [
    connection.endpoint,
    connection.token,
    period.from,
    period.to,
    lang,
    countries?.join(','),
    centre,
    reloadKey,
  ]);

  return (
    <div class="server-report" aria-busy={state.loading}>
      <p role="status" class="server-report__status">
        {state.loading && t('reports.loading')}
        {state.problem && <span class="report-problem">{state.problem}</span>}
      </p>
      {state.reports && (
        <>
          <ReportTotals totals={state.reports[0].totals} />
          <div class="report-sections">
            <ReportSection
              report={state.reports[0]}
              printCompact={printCompactFor(state.reports)}
            />
            <ReportSection
              report={state.reports[1]}
              printCompact={printCompactFor(state.reports)}
            />
          </div>
        </>
      )}
    </div>
  );
}
