// The grant-report table for two periods side by side: a row's adults and children under 18 in
// each period, then the change in its visits as a number and in per cent ("new" where the first
// period had none). The periods head their columns in words, the totals close the table.
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { Comparison, ComparisonRow } from '../../../shared/reports/comparison';
import { differenceText, percentText } from './changeText';
import { formatPeriod } from './PeriodPicker';
import './trends.css';
import '../visuallyHidden.css';

export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const { t, lang, formatNumber } = useI18n();
  const captionId = useId();
  const tableName = t(
    comparison.table === 'countries' ? 'reports.table.countries' : 'reports.table.municipalities',
  );
  const cells = (row: Omit<ComparisonRow, 'key' | 'name'>) => [
    <td key="fa">{formatNumber(row.first.adults)}</td>,
    <td key="fc">{formatNumber(row.first.children)}</td>,
    <td key="sa">{formatNumber(row.second.adults)}</td>,
    <td key="sc">{formatNumber(row.second.children)}</td>,
    <td key="d">{differenceText(row.change, lang)}</td>,
    <td key="p">{percentText(row.change, lang, t('reports.change.new'))}</td>,
  ];

  return (
    <div class="trend-table__scroll">
      <table class="comparison-table" aria-labelledby={captionId}>
        <caption id={captionId} class="visually-hidden">
          {t('reports.compare.tableName', { what: tableName })}
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={2}>
              {formatPeriod(comparison.first, lang)}
            </th>
            <th scope="colgroup" colSpan={2}>
              {formatPeriod(comparison.second, lang)}
            </th>
            <th scope="colgroup" colSpan={2}>
              {t('reports.compare.change')}
            </th>
          </tr>
          <tr>
            <th scope="col">{tableName}</th>
            <th scope="col">{t('reports.adults')}</th>
            <th scope="col">{t('reports.children')}</th>
            <th scope="col">{t('reports.adults')}</th>
            <th scope="col">{t('reports.children')}</th>
            <th scope="col">{t('reports.compare.number')}</th>
            <th scope="col">{t('reports.compare.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.length === 0 ? (
            <tr>
              <td colSpan={7}>{t('reports.empty')}</td>
            </tr>
          ) : (
            comparison.rows.map((row) => (
              <tr key={row.key ?? 'not-stated'}>
                <th scope="row">{row.name}</th>
                {cells(row)}
              </tr>
            ))
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reports.totalUsers')}</th>
            {cells(comparison.totals)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
