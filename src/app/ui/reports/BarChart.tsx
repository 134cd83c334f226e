// A report table drawn as bars: a row's adults as a solid bar and its children as a hatched bar
// right after it, with the figures written out in words at the end, so the chart reads without
// telling colours apart and prints clearly in black and white.
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
      <defs>
        <pattern
          id={hatchId}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect class="bar-chart__children-fill" width="6" height="6" />
          <line class="bar-chart__hatch" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>

      <g class="bar-chart__legend" aria-hidden="true">
        <rect class="bar-chart__adults" x={layout.barStart} y={legendY} width="18" height="14" />
        <text x={layout.barStart + 24} y={legendY + 12}>
          {t('reports.adults')}
        </text>
        <rect
          class="bar-chart__children"
          x={layout.barStart + 150}
          y={legendY}
          width="18"
          height="14"
          fill={`url(#${hatchId})`}
        />
        <text x={layout.barStart + 174} y={legendY + 12}>
          {t('reports.children')}
        </text>
      </g>

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
