// The grant-report table for two periods side by side, for every tablet of the centre: each period
// chosen as the page's own period is, both reports asked from the server and set side by side here
// (shared/reports/comparison.ts), with the CSV. Nothing is asked until the comparison is shown.
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { ReportLang, ReportTable } from '../../../shared/api/report';
import type { QueryParams } from '../../../shared/api/routes';
import type { Period } from '../../../shared/periods';
import { presetPeriod, todayInCentre } from '../../../shared/periods';
import type { Comparison } from '../../../shared/reports/comparison';
import { compareReports, comparisonCsv } from '../../../shared/reports/comparison';
import { getReportIn } from '../../coordinator/api';
import type { Connection } from '../../coordinator/credentials';
import { ComparisonTable } from '../reports/ComparisonTable';
import { downloadCsv } from '../reports/download';
import { PeriodPicker } from '../reports/PeriodPicker';
import { ShownOnRequest } from './ShownOnRequest';
import { useServerFigures } from './useServerFigures';

interface ServerComparisonProps {
  connection: Connection;
  /** The language of the names and of the CSV (the page's, Danish or English). */
  lang: ReportLang;
  countries: readonly string[] | null;
  /** Changes when the figures must be fetched again (e.g. after unsent visits were loaded). */
  reloadKey: number;
  /** Added to every request as it is (e.g. the centre the figures are for). */
  scope?: QueryParams;
  onUnauthorized: (why: string) => void;
  /** Today in the centre's time zone unless given. */
  today?: string;
}

export function comparisonFileName(comparison: Comparison, lang: ReportLang): string {
  const { first, second } = comparison;
  const periods = `${first.from}-${first.to}-${second.from}-${second.to}`;
  return `velkommen-comparison-${comparison.table}-${periods}${lang === 'da' ? '' : `-${lang}`}.csv`;
}

export function ServerComparison(props: ServerComparisonProps) {
  const { connection, lang, countries, reloadKey, scope = {}, onUnauthorized } = props;
  const { t } = useI18n();
  const id = useId();
  const today = props.today ?? todayInCentre();
  const [open, setOpen] = useState(false);
  const [table, setTable] = useState<ReportTable>('countries');
  const [first, setFirst] = useState<Period>(() => presetPeriod('lastYear', today));
  const [second, setSecond] = useState<Period>(() => presetPeriod('thisYear', today));
  const [saved, setSaved] = useState<string | null>(null);
  const comparison = useServerFigures(
    async () => {
      const query = { table, lang, ...(countries ? { countries } : {}) };
      const [a, b] = await Promise.all([
        getReportIn(connection, { ...first, ...query }, scope),
        getReportIn(connection, { ...second, ...query }, scope),
      ]);
      return compareReports(a, b);
    },
    [
      connection.endpoint,
      connection.token,
      table,
      lang,
      countries?.join(','),
      first.from,
      first.to,
      second.from,
      second.to,
      reloadKey,
      JSON.stringify(scope),
    ],
    open,
    onUnauthorized,
  );

  const save = (value: Comparison) => {
    const name = comparisonFileName(value, lang);
    downloadCsv(comparisonCsv(value, lang), name);
    setSaved(name);
  };
  const pickers: [string, Period, (period: Period) => void][] = [
    [t('reports.compare.first'), first, setFirst],
    [t('reports.compare.second'), second, setSecond],
  ];

  return (
    <ShownOnRequest
      class="server-comparison"
      title={t('reports.compare.title')}
      explain={t('reports.compare.explain')}
      show={t('reports.compare.show')}
      open={open}
      onToggle={() => setOpen(!open)}
      busy={comparison.loading}
    >
      {pickers.map(([label, value, onChange]) => (
        <div key={label} role="group" aria-label={label}>
          <h3>{label}</h3>
          <PeriodPicker value={value} onChange={onChange} today={today} />
        </div>
      ))}
      <div class="report-views">
        <fieldset class="export-buttons__lang">
          <legend>{t('reports.compare.table')}</legend>
          {(['countries', 'municipalities'] as const).map((name) => (
            <label key={name} class="report-choice">
              <input
                type="radio"
                name={`${id}-table`}
                value={name}
                checked={table === name}
                onChange={() => setTable(name)}
              />
              <span>
                {t(
                  name === 'countries' ? 'reports.table.countries' : 'reports.table.municipalities',
                )}
              </span>
            </label>
          ))}
        </fieldset>
        {comparison.value && (
          <button type="button" onClick={() => comparison.value && save(comparison.value)}>
            {t('reports.compare.csv')}
          </button>
        )}
      </div>
      <p role="status" class="server-report__status">
        {comparison.loading && t('reports.loading')}
        {comparison.problem && <span class="report-problem">{comparison.problem}</span>}
        {!comparison.loading && saved && t('reports.saved', { file: saved })}
      </p>
      {comparison.value && <ComparisonTable comparison={comparison.value} />}
    </ShownOnRequest>
  );
}
