// The week's shape as a heat map staff read at a glance: one row a weekday (Monday first), one
// column an hour, each cell its number of visits on a tint that darkens with the count. It is a
// real table (weekdays and hours as headers), so a screen reader reads "Tuesday, 10: 14".
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { WeekShape } from '../../../shared/reports/weekShape';
import { heatLevel } from '../../../shared/reports/weekShape';
import './WeekShapeTable.css';

/** The opening hours are always shown, so an empty morning reads as empty, not as missing. */
const USUAL_FIRST_HOUR = 9;
const USUAL_LAST_HOUR = 16;
/** A Monday, to name the weekdays in the page's language. */
const A_MONDAY = Date.UTC(2026, 10, 23, 12);

interface WeekShapeTableProps {
  shape: WeekShape;
}

export function WeekShapeTable({ shape }: WeekShapeTableProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const first = Math.min(shape.hours?.first ?? USUAL_FIRST_HOUR, USUAL_FIRST_HOUR);
  const last = Math.max(shape.hours?.last ?? USUAL_LAST_HOUR, USUAL_LAST_HOUR);
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const hourLabel = (hour: number) => String(hour).padStart(2, '0');

  return (
    <section class="week-shape" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="week-shape__title">
        {t('reports.weekShape.title')}
      </h3>
      <p class="week-shape__explain">
        {t('reports.weekShape.explain', { total: shape.total, max: shape.max })}
      </p>
      <div class="week-shape__scroll">
        <table class="week-shape__table" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('reports.weekShape.day')}</th>
              {hours.map((hour) => (
                <th key={hour} scope="col">
                  {hourLabel(hour)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shape.visits.map((row, index) => (
              <tr key={index}>
                <th scope="row">{weekday.format(new Date(A_MONDAY + index * 86_400_000))}</th>
                {hours.map((hour) => {
                  const count = row[hour] ?? 0;
                  return (
                    <td key={hour} class={`week-shape__cell heat-${heatLevel(count, shape.max)}`}>
                      {count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
