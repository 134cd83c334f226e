import { describe, expect, it } from 'vitest';
import { CHART, chartLayout, shorten } from './chartLayout';

describe('chartLayout', () => {
  it('puts every row on one scale: the largest row fills the bar space', () => {
    const layout = chartLayout([
      { label: 'Tyrkiet', adults: 30, children: 10 },
      { label: 'Syrien', adults: 10, children: 10 },
      { label: 'Danmark', adults: 0, children: 0 },
    ]);
    const [turkey, syria, denmark] = layout.rows;
    expect((turkey?.adultsWidth ?? 0) + (turkey?.childrenWidth ?? 0)).toBeCloseTo(layout.barMax);
    expect(turkey?.adultsWidth).toBeCloseTo(layout.barMax * 0.75);
    expect(syria?.adultsWidth).toBeCloseTo(layout.barMax / 4);
    expect(syria?.childrenWidth).toBeCloseTo(layout.barMax / 4);
    expect(denmark?.adultsWidth).toBe(0);
    expect(layout.barStart + layout.barMax + CHART.valueWidth).toBeLessThanOrEqual(layout.width);
  });

  it('stacks rows below the legend and grows with them', () => {
    const layout = chartLayout([
      { label: 'a', adults: 1, children: 0 },
      { label: 'b', adults: 1, children: 0 },
    ]);
    expect(layout.rows.map((r) => r.y)).toEqual([
      CHART.legendHeight,
      CHART.legendHeight + CHART.rowHeight,
    ]);
    expect(layout.height).toBeGreaterThan(CHART.legendHeight + 2 * CHART.rowHeight);
  });

  it('draws nothing but labels when every row is zero', () => {
    const layout = chartLayout([{ label: 'Tyrkiet', adults: 0, children: 0 }]);
    expect(layout.rows[0]).toMatchObject({ adultsWidth: 0, childrenWidth: 0 });
  });
});

describe('shorten', () => {
  it('keeps short names and cuts long ones with an ellipsis', () => {
    expect(shorten('Tyrkiet')).toBe('Tyrkiet');
    const long = shorten('Sydgeorgien og De Sydlige Sandwichøer');
    expect([...long]).toHaveLength(CHART.labelChars);
    expect(long.endsWith('…')).toBe(true);
  });
});
