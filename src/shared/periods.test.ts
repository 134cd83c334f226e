import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  isDate,
  periodDays,
  periodProblem,
  presetOf,
  presetPeriod,
  todayInCentre,
} from './periods';

describe('presetPeriod', () => {
  it('gives today as a one-day period', () => {
    expect(presetPeriod('today', '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-23' });
  });

  it('starts the week on Monday, whatever day today is', () => {
    // 2026-11-23 is a Monday, 2026-11-29 the Sunday after.
    for (const today of ['2026-11-23', '2026-11-25', '2026-11-28', '2026-11-29']) {
      expect(presetPeriod('thisWeek', today), today).toEqual({
        from: '2026-11-23',
        to: '2026-11-29',
      });
    }
    // A Sunday belongs to the week that began six days before, not to the next one.
    expect(presetPeriod('thisWeek', '2026-11-22')).toEqual({
      from: '2026-11-16',
      to: '2026-11-22',
    });
  });

  it('runs a week across the end of a month and of a year', () => {
    expect(presetPeriod('thisWeek', '2026-12-31')).toEqual({
      from: '2026-12-28',
      to: '2027-01-03',
    });
    expect(presetPeriod('thisWeek', '2027-01-01')).toEqual({
      from: '2026-12-28',
      to: '2027-01-03',
    });
    expect(presetPeriod('thisWeek', '2026-03-01')).toEqual({
      from: '2026-02-23',
      to: '2026-03-01',
    });
  });

  it('gives whole calendar months, ending on the right last day', () => {
    expect(presetPeriod('thisMonth', '2026-11-23')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(presetPeriod('thisMonth', '2026-12-01')).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(presetPeriod('thisMonth', '2026-02-14')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('knows leap years: February 2024 has 29 days, 2100 is not a leap year, 2000 is', () => {
    expect(presetPeriod('thisMonth', '2024-02-29')).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(presetPeriod('lastMonth', '2024-03-31')).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(presetPeriod('lastMonth', '2100-03-15')).toEqual({
      from: '2100-02-01',
      to: '2100-02-28',
    });
    expect(presetPeriod('lastMonth', '2000-03-01')).toEqual({
      from: '2000-02-01',
      to: '2000-02-29',
    });
  });

  it('takes last month across the new year', () => {
    expect(presetPeriod('lastMonth', '2027-01-10')).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(presetPeriod('lastMonth', '2026-11-30')).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
  });

  it('gives this year and last year as whole calendar years', () => {
    expect(presetPeriod('thisYear', '2026-01-01')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(presetPeriod('lastYear', '2026-12-31')).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('refuses a today that is not a real date', () => {
    expect(() => presetPeriod('today', '2026-02-30')).toThrow(RangeError);
    expect(() => presetPeriod('thisWeek', '23-11-2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('presetOf', () => {
  it('recognises every preset from its own period, and a custom range as none', () => {
    const today = '2026-06-10';
    for (const preset of PRESETS) expect(presetOf(presetPeriod(preset, today), today)).toBe(preset);
    expect(presetOf({ from: '2026-06-01', to: '2026-06-09' }, today)).toBeNull();
  });
});

describe('periodProblem', () => {
  it('accepts a range of real days, first not after last, one day included', () => {
    expect(periodProblem({ from: '2026-01-01', to: '2026-12-31' })).toBeNull();
    expect(periodProblem({ from: '2026-11-23', to: '2026-11-23' })).toBeNull();
    expect(periodProblem({ from: '2024-02-29', to: '2024-03-01' })).toBeNull();
  });

  it('names the end that is not a date', () => {
    expect(periodProblem({ from: '', to: '2026-12-31' })).toBe('from-invalid');
    expect(periodProblem({ from: '2025-02-29', to: '2026-12-31' })).toBe('from-invalid');
    expect(periodProblem({ from: '2026-01-01', to: '2026-13-01' })).toBe('to-invalid');
    expect(periodProblem({ from: '2026-01-01', to: null })).toBe('to-invalid');
  });

  it('refuses a range that ends before it starts, or reaches before 2000', () => {
    expect(periodProblem({ from: '2026-12-31', to: '2026-01-01' })).toBe('reversed');
    expect(periodProblem({ from: '1999-12-31', to: '2026-01-01' })).toBe('too-early');
    expect(periodProblem({ from: '2026-01-01', to: '3000-01-01' })).toBe('too-late');
  });
});

describe('helpers', () => {
  it('tells real dates from look-alikes', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2026-1-1')).toBe(false);
    expect(isDate(20260101)).toBe(false);
  });

  it('counts the days of a period with both ends included, across a DST change', () => {
    expect(periodDays({ from: '2026-11-23', to: '2026-11-23' })).toBe(1);
    expect(periodDays({ from: '2026-03-01', to: '2026-03-31' })).toBe(31);
    expect(periodDays({ from: '2024-01-01', to: '2024-12-31' })).toBe(366);
  });

  it('reads today in the centre’s time zone, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(todayInCentre(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInCentre(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInCentre(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
