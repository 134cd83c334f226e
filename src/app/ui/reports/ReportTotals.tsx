// The period's figures in four words and numbers: visits, adults, children, volunteers' days.
import { useI18n } from '../../i18n/I18n';
import type { Report } from '../../../shared/api/report';

export function ReportTotals({ totals }: { totals: Report['totals'] }) {
  const { t, formatNumber } = useI18n();
  const items = [
    ['reports.totals.visits', totals.visits],
    ['reports.adults', totals.adults],
    ['reports.children', totals.children],
    ['reports.totals.volunteers', totals.volunteers],
  ] as const;
  return (
    <dl class="report-totals">
      {items.map(([key, value]) => (
        <div key={key} class="report-totals__item">
          <dt>{t(key)}</dt>
          <dd>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
