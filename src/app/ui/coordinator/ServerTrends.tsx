// Trends for the yearly report, for every tablet of the centre: each month of the chosen year and
// of the year before asked from the server's grant report (its totals), set side by side here
// (shared/reports/trends.ts), with the table, the chart and the CSV. Nothing is asked until shown.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { ReportLang } from '../../../shared/api/report';
import type { QueryParams } from '../../../shared/api/routes';
import { todayInCentre } from '../../../shared/periods';
import type { MonthFigures, Trends } from '../../../shared/reports/trends';
import {
  buildTrends,
  FIRST_TREND_YEAR,
  trendPeriods,
  trendsCsv,
} from '../../../shared/reports/trends';
import { getPeriodTotals } from '../../coordinator/api';
import type { Connection } from '../../coordinator/credentials';
import { downloadCsv } from '../reports/download';
import { TrendsTable } from '../reports/TrendsTable';
import { ShownOnRequest } from './ShownOnRequest';
import { useServerFigures } from './useServerFigures';

/** How many years back the year can be chosen. */
const YEARS_BACK = 10;

interface ServerTrendsProps {
  connection: Connection;
  /** The language of the CSV (the page's, Danish or English). */
  lang: ReportLang;
  /** Changes when the figures must be fetched again (e.g. after unsent visits were loaded). */
  reloadKey: number;
  /** Added to every request as it is (e.g. the centre the figures are for). */
  scope?: QueryParams;
  onUnauthorized: (why: string) => void;
  /** Today in the centre's time zone unless given. */
  today?: string;
}

export function trendsFileName(year: number, lang: ReportLang): string {
  return `velkommen-trends-${year}${lang === 'da' ? '' : `-${lang}`}.csv`;
}

async function loadTrends(
  connection: Connection,
  year: number,
  today: string,
  scope: QueryParams,
): Promise<Trends> {
  const periods = trendPeriods(year, today);
  const totals = await getPeriodTotals(connection, periods, scope);
  const figures = new Map<string, MonthFigures>();
  periods.forEach((period, i) => {
    const found = totals[i];
    if (found) figures.set(period.from, found);
  });
  return buildTrends(year, today, figures);
}

export function ServerTrends(props: ServerTrendsProps) {
  const { connection, lang, reloadKey, scope = {}, onUnauthorized } = props;
  const { t } = useI18n();
  const today = props.today ?? todayInCentre();
  const thisYear = Number(today.slice(0, 4));
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(thisYear);
  const [saved, setSaved] = useState<string | null>(null);
  const trends = useServerFigures(
    () => loadTrends(connection, year, today, scope),
    [connection.endpoint, connection.token, year, today, reloadKey, JSON.stringify(scope)],
    open,
    onUnauthorized,
  );
  const years = Array.from({ length: YEARS_BACK }, (_, i) => thisYear - i).filter(
    (y) => y >= FIRST_TREND_YEAR,
  );

  const save = (value: Trends) => {
    const name = trendsFileName(value.year, lang);
    downloadCsv(trendsCsv(value, lang), name);
    setSaved(name);
  };

  return (
    <ShownOnRequest
      class="server-trends"
      title={t('reports.trends.title')}
      explain={t('reports.trends.explain')}
      show={t('reports.trends.show')}
      open={open}
      onToggle={() => setOpen(!open)}
      busy={trends.loading}
    >
      <div class="report-views">
        <label class="report-choice">
          <span>{t('reports.trends.year')}</span>{' '}
          <select value={year} onChange={(event) => setYear(Number(event.currentTarget.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {trends.value && (
          <button type="button" onClick={() => trends.value && save(trends.value)}>
            {t('reports.trends.csv')}
          </button>
        )}
      </div>
      <p role="status" class="server-report__status">
        {trends.loading && t('reports.loading')}
        {trends.problem && <span class="report-problem">{trends.problem}</span>}
        {!trends.loading && saved && t('reports.saved', { file: saved })}
      </p>
      {trends.value && <TrendsTable trends={trends.value} />}
    </ShownOnRequest>
  );
}
