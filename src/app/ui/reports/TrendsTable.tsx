// The trends on screen: the chart for a glance and the table with every figure, a row a month,
// the chosen year's visits, adults and children beside the year before's and the change in
// visits. A month not begun shows a dash and says so, the month under way says it is not over.
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { MonthFigures, TrendMonth, Trends } from '../../../shared/reports/trends';
import { monthName, totalLabel } from '../../../shared/reports/trends';
import type { Change } from '../../../shared/reports/change';
import { differenceText, percentText } from './changeText';
import { TrendsChart } from './TrendsChart';
import './trends.css';
import '../visuallyHidden.css';

function stateOf(m: TrendMonth) {
  return m.current.state === 'over' ? m.previous.state : m.current.state;
}

export function TrendsTable({ trends }: { trends: Trends }) {
  const { t, lang, formatNumber } = useI18n();
  const captionId = useId();
  const years = [String(trends.year), String(trends.year - 1)];
  const figures = (value: MonthFigures | null) =>
    value
      ? [value.visits, value.adults, value.children].map((n, i) => (
          <td key={i}>{formatNumber(n)}</td>
        ))
      : [0, 1, 2].map((i) => <td key={i}>–</td>);
  const changeCell = (value: Change | null) => (
    <td>
      {value
        ? `${differenceText(value, lang)} (${percentText(value, lang, t('reports.change.new'))})`
        : '–'}
    </td>
  );

  return (
    <div class="trends">
      <TrendsChart trends={trends} />
      <div class="trend-table__scroll">
        <table class="trend-table" aria-labelledby={captionId}>
          <caption id={captionId} class="visually-hidden">
            {`${t('reports.trends.title')} ${trends.year}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.trends.month')}</th>
              {years.flatMap((period) => [
                <th key={`v${period}`} scope="col">
                  {t('reports.trends.visitsIn', { period })}
                </th>,
                <th key={`a${period}`} scope="col">
                  {t('reports.trends.adultsIn', { period })}
                </th>,
                <th key={`c${period}`} scope="col">
                  {t('reports.trends.childrenIn', { period })}
                </th>,
              ])}
              <th scope="col">{t('reports.trends.change')}</th>
            </tr>
          </thead>
          <tbody>
            {trends.months.map((m) => {
              const state = stateOf(m);
              return (
                <tr key={m.month}>
                  <th scope="row">
                    {state === 'over'
                      ? monthName(m.month, lang)
                      : `${monthName(m.month, lang)} (${t(state === 'current' ? 'reports.trends.notOver' : 'reports.trends.notBegun')})`}
                  </th>
                  {figures(m.current.figures)}
                  {figures(m.previous.figures)}
                  {changeCell(m.change)}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{totalLabel(trends, lang === 'en' ? 'en' : 'da')}</th>
              {figures(trends.total.current)}
              {figures(trends.total.previous)}
              {changeCell(trends.total.change)}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
