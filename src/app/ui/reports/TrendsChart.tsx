// The year's visits month by month as columns beside the year before's: the year itself solid,
// the year before hatched (as children are in the report's bars), so the chart reads in black and
// white and without telling colours apart. A month not begun has no column; the table says why.
import { ChartKey, HatchPattern } from './chartKey';
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { Trends } from '../../../shared/reports/trends';
import { monthName } from '../../../shared/reports/trends';

const WIDTH = 760;
const HEIGHT = 280;
const AXIS = 48;
const TOP = 44;
const BOTTOM = 28;
const BAR = 20;
const GAP = 3;

export function TrendsChart({ trends }: { trends: Trends }) {
  const { t, lang, formatNumber } = useI18n();
  const hatchId = `${useId()}-hatch`;
  const { year } = trends;
  const most = Math.max(
    1,
    ...trends.months.flatMap((m) => [
      m.current.figures?.visits ?? 0,
      m.previous.figures?.visits ?? 0,
    ]),
  );
  const plot = HEIGHT - TOP - BOTTOM;
  const step = (WIDTH - AXIS) / 12;
  const height = (visits: number) => (visits / most) * plot;
  const base = TOP + plot;
  const short = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });

  return (
    <svg
      class="bar-chart trends-chart"
      role="img"
      aria-label={t('reports.trends.chart', { period: String(year), when: String(year - 1) })}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <HatchPattern id={hatchId} />
      <ChartKey x={AXIS} y={8} gap={90} hatchId={hatchId} solid={year} hatched={year - 1} />
      <g aria-hidden="true">
        <line class="trends-chart__axis" x1={AXIS} y1={base} x2={WIDTH} y2={base} />
        <line class="trends-chart__grid" x1={AXIS} y1={TOP} x2={WIDTH} y2={TOP} />
        <text class="bar-chart__value" x={AXIS - 6} y={TOP + 5} text-anchor="end">
          {formatNumber(most)}
        </text>
        <text class="bar-chart__value" x={AXIS - 6} y={base + 5} text-anchor="end">
          {formatNumber(0)}
        </text>
      </g>
      {trends.months.map((m, index) => {
        const x = AXIS + index * step + (step - 2 * BAR - GAP) / 2;
        const now = m.current.figures?.visits;
        const before = m.previous.figures?.visits;
        return (
          <g key={m.month}>
            <title>
              {`${monthName(m.month, lang)}: ${year} ${now === undefined ? '–' : formatNumber(now)}, ${year - 1} ${before === undefined ? '–' : formatNumber(before)}`}
            </title>
            {before !== undefined && before > 0 && (
              <rect
                class="bar-chart__children"
                x={x}
                y={base - height(before)}
                width={BAR}
                height={height(before)}
                fill={`url(#${hatchId})`}
              />
            )}
            {now !== undefined && now > 0 && (
              <rect
                class="bar-chart__adults"
                x={x + BAR + GAP}
                y={base - height(now)}
                width={BAR}
                height={height(now)}
              />
            )}
            <text x={x + BAR + GAP / 2} y={HEIGHT - 8} text-anchor="middle">
              {short.format(new Date(Date.UTC(2000, m.month - 1, 15)))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
