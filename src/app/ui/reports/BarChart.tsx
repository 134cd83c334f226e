// A report table drawn as bars: a row's adults as a solid bar and its children as a hatched bar
// right after it, with the figures written out in words at the end, so the chart reads without
// telling colours apart and prints clearly in black and white.
import { ChartKey, HatchPattern } from './chartKey';
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { ChartInput } from './chartLayout';
import { chartLayout } from './chartLayout';

interface BarChartProps {
  rows: readonly ChartInput[];
  /** What the chart shows, for screen readers (the table beside it holds the figures). */
  label: string;
}

export function BarChart({ rows, label }: BarChartProps) {
  const { t, formatNumber } = useI18n();
  const hatchId = `${useId()}-hatch`;
  const layout = chartLayout(rows);
  const barY = (layout.rowHeight - layout.barHeight) / 2;
  const legendY = 10;
  return (
    <svg
      class="bar-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <HatchPattern id={hatchId} />

      <ChartKey
        x={layout.barStart}
        y={legendY}
        gap={150}
        hatchId={hatchId}
        solid={t('reports.adults')}
        hatched={t('reports.children')}
      />

      {layout.rows.map((row) => (
        <g key={row.label} class="bar-chart__row">
          <title>
            {t('reports.chart.row', {
              name: row.label,
              adults: formatNumber(row.adults),
              children: formatNumber(row.children),
            })}
          </title>
          <text
            class="bar-chart__label"
            x={layout.labelWidth}
            y={row.y + layout.rowHeight / 2 + 5}
            text-anchor="end"
          >
            {row.shortLabel}
          </text>
          {row.adultsWidth > 0 && (
            <rect
              class="bar-chart__adults"
              x={layout.barStart}
              y={row.y + barY}
              width={row.adultsWidth}
              height={layout.barHeight}
            />
          )}
          {row.childrenWidth > 0 && (
            <rect
              class="bar-chart__children"
              x={layout.barStart + row.adultsWidth}
              y={row.y + barY}
              width={row.childrenWidth}
              height={layout.barHeight}
              fill={`url(#${hatchId})`}
            />
          )}
          <text class="bar-chart__value" x={row.valueX} y={row.y + layout.rowHeight / 2 + 5}>
            {t('reports.chart.value', {
              adults: formatNumber(row.adults),
              children: formatNumber(row.children),
            })}
          </text>
        </g>
      ))}
    </svg>
  );
}
