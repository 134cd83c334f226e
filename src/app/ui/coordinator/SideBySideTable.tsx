// One grant-report table with the centres side by side: a pair of columns (adults, children under
// 18) per centre and one for all centres together, and the total line of the ministry's layout.
import type { Centre } from '../../../shared/api/centres';
import type { ReportTable } from '../../../shared/api/report';
import type { Pair, SideBySide } from '../../coordinator/sideBySide';
import { useI18n } from '../../i18n/I18n';
import { useCentreTexts } from './centreTexts';
import '../visuallyHidden.css';

interface SideBySideTableProps {
  table: ReportTable;
  centres: readonly Centre[];
  figures: SideBySide;
}

export function SideBySideTable({ table, centres, figures }: SideBySideTableProps) {
  const { t, formatNumber } = useI18n();
  const ct = useCentreTexts();
  const title = t(
    table === 'countries' ? 'reports.table.countries' : 'reports.table.municipalities',
  );
  const cells = (pair: Pair) => (
    <>
      <td>{formatNumber(pair.adults)}</td>
      <td>{formatNumber(pair.children)}</td>
    </>
  );
  const groups = [...centres.map((centre) => centre.name), ct('all')];
  return (
    // Not a region of its own: the consolidated table above already is one by this name.
    <div class="side-by-side__table">
      <h3>{title}</h3>
      <div class="side-by-side__scroll">
        <table>
          <caption class="visually-hidden">{ct('sideBySideCaption', { table: title })}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {title}
              </th>
              {groups.map((name, at) => (
                <th key={at} scope="colgroup" colSpan={2}>
                  {name}
                </th>
              ))}
            </tr>
            <tr>
              {groups.flatMap((_, at) => [
                <th key={`a${at}`} scope="col">
                  {t('reports.adults')}
                </th>,
                <th key={`c${at}`} scope="col">
                  {t('reports.children')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {figures.rows.map((row) => (
              <tr key={row.key ?? ''}>
                <th scope="row">{row.name}</th>
                {row.centres.map(cells)}
                {cells(row.total)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('reports.totalUsers')}</th>
              {figures.totals.centres.map(cells)}
              {cells(figures.totals.total)}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
