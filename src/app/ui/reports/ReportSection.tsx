// One grant-report table on screen (countries or municipalities): the bars for a glance, and the
// table itself with the exact figures and the total line of the ministry's layout. On paper a long
// table trades the chart for a small bar in each row, so both tables still fit on one A4 page.
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { Report } from '../../../shared/api/report';
import { BarChart } from './BarChart';
import '../visuallyHidden.css';

interface ReportSectionProps {
  report: Report;
  /** Print bars in the rows instead of the chart; the same for both tables of a page. */
  printCompact?: boolean;
}

/** Up to this many rows, the charts are printed above the tables; beyond, bars go in the rows. */
const PRINT_CHART_ROWS = 22;
/** Beyond this many rows, the printed table uses smaller type. */
const PRINT_SMALL_ROWS = 45;

/** Whether a page with these tables prints them compact (so both still fit on one A4 page). */
export function printCompactFor(reports: readonly Report[]): boolean {
  return reports.some((report) => report.rows.length > PRINT_CHART_ROWS);
}

function sectionClass(rows: number, compact: boolean): string {
  let name = 'report-section';
  if (compact) name += ' report-section--long';
  if (rows > PRINT_SMALL_ROWS) name += ' report-section--very-long';
  return name;
}

export function ReportSection({
  report,
  printCompact = report.rows.length > PRINT_CHART_ROWS,
}: ReportSectionProps) {
  const { t, formatNumber } = useI18n();
  const headingId = useId();
  const most = Math.max(1, ...report.rows.map((row) => row.adults + row.children));
  const share = (n: number) => `${((n / most) * 100).toFixed(2)}%`;
  const title = t(
    report.table === 'countries' ? 'reports.table.countries' : 'reports.table.municipalities',
  );
  return (
    <section class={sectionClass(report.rows.length, printCompact)} aria-labelledby={headingId}>
      <h2 id={headingId} class="report-section__title">
        {title}
      </h2>
      {report.rows.length === 0 ? (
        <p class="report-section__empty">{t('reports.empty')}</p>
      ) : (
        <>
          <BarChart rows={report.rows.map((row) => ({ ...row, label: row.name }))} label={title} />
          <table class="report-section__table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col">{t('reports.adults')}</th>
                <th scope="col">{t('reports.children')}</th>
                <th scope="col">{t('reports.total')}</th>
                <td class="report-section__bar report-section__key" aria-hidden="true">
                  <span class="inline-bar__adults" /> {t('reports.adults')}{' '}
                  <span class="inline-bar__children" /> {t('reports.children')}
                </td>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.key ?? 'not-stated'}>
                  <th scope="row">{row.name}</th>
                  <td>{formatNumber(row.adults)}</td>
                  <td>{formatNumber(row.children)}</td>
                  <td>{formatNumber(row.adults + row.children)}</td>
                  <td class="report-section__bar" aria-hidden="true">
                    <span class="inline-bar__adults" style={{ inlineSize: share(row.adults) }} />
                    <span
                      class="inline-bar__children"
                      style={{ inlineSize: share(row.children) }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('reports.totalUsers')}</th>
                <td>{formatNumber(report.totals.adults)}</td>
                <td>{formatNumber(report.totals.children)}</td>
                <td>{formatNumber(report.totals.visits)}</td>
                <td class="report-section__bar" aria-hidden="true" />
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </section>
  );
}
