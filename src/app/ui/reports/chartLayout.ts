// The geometry of a report's bar chart, apart from drawing it: one row a report row, the adults'
// bar then the children's bar in one line, all on one scale (the largest row fills the width), so
// a long bar always means more people. Pure, so it is tested without a DOM.

export interface ChartInput {
  label: string;
  adults: number;
  children: number;
}

export interface ChartRow extends ChartInput {
  /** Top of the row. */
  y: number;
  adultsWidth: number;
  childrenWidth: number;
  /** Where the number text starts, just after the bars. */
  valueX: number;
  /** The label cut to fit, with an ellipsis; the full one goes in a tooltip. */
  shortLabel: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  barStart: number;
  barMax: number;
  rowHeight: number;
  barHeight: number;
  legendHeight: number;
  rows: ChartRow[];
}

export const CHART = {
  // Narrow on purpose: half an A4 page wide in print, the 15-unit text still prints at about 8 pt.
  width: 560,
  labelWidth: 170,
  valueWidth: 180,
  rowHeight: 28,
  barHeight: 18,
  legendHeight: 32,
  gap: 8,
  /** About this many characters of the 15-unit font fit in the label column. */
  labelChars: 22,
} as const;

export function shorten(label: string, max: number = CHART.labelChars): string {
  const chars = [...label];
  return chars.length <= max
    ? label
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export function chartLayout(rows: readonly ChartInput[]): ChartLayout {
  const { width, labelWidth, valueWidth, rowHeight, barHeight, legendHeight, gap } = CHART;
  const barStart = labelWidth + gap;
  const barMax = width - barStart - valueWidth - gap;
  const most = Math.max(0, ...rows.map((row) => row.adults + row.children));
  const scale = most > 0 ? barMax / most : 0;
  return {
    width,
    height: legendHeight + rows.length * rowHeight + gap,
    labelWidth,
    barStart,
    barMax,
    rowHeight,
    barHeight,
    legendHeight,
    rows: rows.map((row, index) => {
      const adultsWidth = row.adults * scale;
      const childrenWidth = row.children * scale;
      return {
        ...row,
        y: legendHeight + index * rowHeight,
        adultsWidth,
        childrenWidth,
        valueX: barStart + adultsWidth + childrenWidth + gap,
        shortLabel: shorten(row.label),
      };
    }),
  };
}
