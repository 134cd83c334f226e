// Today's visits hour by hour as simple columns. The opening hours always show, so an empty
// morning reads as empty rather than as a missing chart; hours outside them appear once a visit
// falls there (an evening group). Each column carries a sentence for screen readers.
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { HourCount } from '../../data/stats';
import { hourLabel } from './time/when';
import './HourChart.css';
import '../visuallyHidden.css';

/** The hours always shown: from 09 to the column starting 15, the centre's usual day. */
const OPENING_HOURS = { first: 9, last: 15 } as const;

interface HourChartProps {
  byHour: readonly HourCount[];
}

function hourColumns(byHour: readonly HourCount[]): HourCount[] {
  const counts = new Map(byHour.map(({ hour, visits }) => [hour, visits]));
  const hours = byHour.map(({ hour }) => hour);
  const first = Math.min(OPENING_HOURS.first, ...hours);
  const last = Math.max(OPENING_HOURS.last, ...hours);
  const columns: HourCount[] = [];
  for (let hour = first; hour <= last; hour += 1) {
    columns.push({ hour, visits: counts.get(hour) ?? 0 });
  }
  return columns;
}

export function HourChart({ byHour }: HourChartProps) {
  const { t, formatNumber } = useI18n();
  const columns = hourColumns(byHour);
  const most = Math.max(1, ...columns.map(({ visits }) => visits));
  const titleId = useId();
  return (
    <figure class="hour-chart">
      <figcaption id={titleId} class="hour-chart__title">
        {t('staff.glance.byHour')}
      </figcaption>
      <ol class="hour-chart__columns" aria-labelledby={titleId}>
        {columns.map(({ hour, visits }) => (
          <li key={hour} class="hour-chart__column">
            <span class="hour-chart__count" aria-hidden="true">
              {visits > 0 ? formatNumber(visits) : ''}
            </span>
            <span class="hour-chart__track" aria-hidden="true">
              <span class="hour-chart__bar" style={{ blockSize: `${(visits / most) * 100}%` }} />
            </span>
            <span class="hour-chart__hour" aria-hidden="true">
              {hourLabel(hour)}
            </span>
            <span class="visually-hidden">
              {t('staff.glance.hourVisits', {
                from: hourLabel(hour),
                to: hourLabel(hour + 1),
                count: visits,
              })}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
