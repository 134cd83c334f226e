// "All centres" on the municipality's page: both grant-report tables with each centre's figures
// beside the consolidated ones, built from one report per centre and one for all centres together
// (coordinator/sideBySide.ts), fetched again when the period, language, countries or centres change.
import { useEffect, useState } from 'preact/hooks';
import type { Centre } from '../../../shared/api/centres';
import type { Report, ReportLang, ReportTable } from '../../../shared/api/report';
import type { Period } from '../../../shared/periods';
import { getReport } from '../../coordinator/api';
import type { Connection } from '../../coordinator/credentials';
import type { SideBySide } from '../../coordinator/sideBySide';
import { sideBySide } from '../../coordinator/sideBySide';
import { useI18n } from '../../i18n/I18n';
import { useCentreTexts } from './centreTexts';
import { problemText } from './problemText';
import { SideBySideTable } from './SideBySideTable';
import './centres.css';

interface SideBySideReportProps {
  connection: Connection;
  centres: readonly Centre[];
  period: Period;
  lang: ReportLang;
  countries: readonly string[] | null;
  reloadKey: number;
}

const TABLES: readonly ReportTable[] = ['countries', 'municipalities'];

type Figures = Record<ReportTable, SideBySide>;

export function SideBySideReport(props: SideBySideReportProps) {
  const { connection, centres, period, lang, countries, reloadKey } = props;
  const { t } = useI18n();
  const ct = useCentreTexts();
  const [figures, setFigures] = useState<Figures | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = centres.map((centre) => centre.id);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setProblem(null);
    const query = { ...period, lang, ...(countries ? { countries } : {}) };
    const tableOf = async (table: ReportTable): Promise<SideBySide> => {
      const [all, ...each]: Report[] = await Promise.all([
        getReport(connection, { ...query, table }),
        ...ids.map((centre) => getReport(connection, { ...query, table, centre })),
      ]);
      if (all === undefined) throw new Error('No consolidated report.');
      return sideBySide(all, each);
    };
    Promise.all(TABLES.map(tableOf)).then(
      ([countryTable, municipalityTable]) => {
        if (!current || !countryTable || !municipalityTable) return;
        setFigures({ countries: countryTable, municipalities: municipalityTable });
        setLoading(false);
      },
      (error: unknown) => {
        if (!current) return;
        setLoading(false);
        setProblem(problemText(t, error));
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
    ids.join(','),
    reloadKey,
  ]);

  return (
    <section class="side-by-side" aria-labelledby="side-by-side-title" aria-busy={loading}>
      <h2 id="side-by-side-title">{ct('sideBySideTitle')}</h2>
      <p>{ct('sideBySideExplain')}</p>
      <p role="status">
        {loading && ct('loadingSideBySide')}
        {problem && <span class="report-problem">{problem}</span>}
      </p>
      {figures &&
        TABLES.map((table) => (
          <SideBySideTable key={table} table={table} centres={centres} figures={figures[table]} />
        ))}
    </section>
  );
}
