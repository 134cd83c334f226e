import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '../csv';
import type { MonthFigures } from './trends';
import { buildTrends, monthPeriod, trendPeriods, trendsCsv } from './trends';

/** Figures for every period asked: visits made up from the month and year, adults and children apart. */
function figuresFor(periods: readonly { from: string }[]): Map<string, MonthFigures> {
  return new Map(
    periods.map(({ from }) => {
      const year = Number(from.slice(0, 4));
      const month = Number(from.slice(5, 7));
      const adults = month * 10 + (year % 2);
      const children = month;
      return [from, { visits: adults + children, adults, children }];
    }),
  );
}

describe('the months of a trend', () => {
  it('are calendar months, February 29 in a leap year', () => {
    expect(monthPeriod(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod(2026, 2)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod(2026, 12)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('asked for are those begun, of the year and the year before', () => {
    const periods = trendPeriods(2026, '2026-03-15');
    expect(periods).toHaveLength(12 + 3);
    expect(periods[0]).toEqual({ from: '2025-01-01', to: '2025-01-31' });
    expect(periods.at(-1)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(trendPeriods(2026, '2026-12-31')).toHaveLength(24);
  });

  it('refuse a year without a year before on the server, and a today that is no date', () => {
    expect(() => trendPeriods(2000, '2026-03-15')).toThrow(/from 2001/);
    expect(() => trendPeriods(2026.5, '2026-03-15')).toThrow(RangeError);
    expect(() => trendPeriods(2026, '15.03.2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('buildTrends', () => {
  const today = '2026-03-15';
  const trends = buildTrends(2026, today, figuresFor(trendPeriods(2026, today)));

  it('sets each month beside the same month the year before, with the change in visits', () => {
    const january = trends.months[0];
    expect(january?.current).toMatchObject({ state: 'over', figures: { adults: 10, children: 1 } });
    expect(january?.previous).toMatchObject({
      state: 'over',
      figures: { adults: 11, children: 1 },
    });
    expect(january?.change).toEqual({ difference: -1, percent: -8, isNew: false });
  });

  it('says the month under way is not over, and has no figures for months not begun', () => {
    expect(trends.months[2]?.current.state).toBe('current');
    expect(trends.months[3]?.current).toMatchObject({ state: 'notBegun', figures: null });
    expect(trends.months[3]?.previous.state).toBe('over');
    expect(trends.months[3]?.change).toBeNull();
  });

  it('totals the same months of both years', () => {
    expect(trends.total.months).toBe(3);
    // 2026: adults 10+20+30, children 1+2+3; 2025 one adult more each month.
    expect(trends.total.current).toEqual({ visits: 66, adults: 60, children: 6 });
    expect(trends.total.previous).toEqual({ visits: 69, adults: 63, children: 6 });
  });

  it('refuses a begun month without figures, which would read as no visits', () => {
    const some = figuresFor(trendPeriods(2026, today));
    some.delete('2026-02-01');
    expect(() => buildTrends(2026, today, some)).toThrow(/2026-02-01/);
  });
});

describe('trendsCsv', () => {
  const today = '2026-03-15';
  const trends = buildTrends(2026, today, figuresFor(trendPeriods(2026, today)));

  it('writes a line a month and the total, empty cells and a note where a month has not begun', () => {
    const csv = trendsCsv(trends, 'da');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.filter(
      (row) => row.length > 1,
    );
    expect(rows[0]).toEqual([
      'Måned',
      'Besøg 2026',
      'Voksne 2026',
      'Børn under 18 år 2026',
      'Besøg 2025',
      'Voksne 2025',
      'Børn under 18 år 2025',
      'Ændring i besøg',
      'Ændring i besøg (%)',
      'Bemærkning',
    ]);
    expect(rows[1]).toEqual(['januar', '11', '10', '1', '12', '11', '1', '-1', '-8', '']);
    expect(rows[3]?.[9]).toBe('Måneden er ikke slut');
    expect(rows[4]).toEqual([
      'april',
      '',
      '',
      '',
      '45',
      '41',
      '4',
      '',
      '',
      'Måneden er ikke begyndt',
    ]);
    expect(rows[13]).toEqual([
      'I alt, januar–marts',
      '66',
      '60',
      '6',
      '69',
      '63',
      '6',
      '-3',
      '-4',
      '',
    ]);
    expect(rows).toHaveLength(14);
  });

  it('speaks English when asked, and takes the comma separator', () => {
    const full = buildTrends(2025, today, figuresFor(trendPeriods(2025, today)));
    const csv = trendsCsv(full, 'en', { separator: ',' });
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data;
    expect(rows[0]?.[0]).toBe('Month');
    expect(rows[1]?.[0]).toBe('January');
    expect(rows[13]?.[0]).toBe('Total');
  });
});
