import { describe, expect, it } from 'vitest';
import { countries, dateRange, isDate } from './query';

describe('isDate', () => {
  it('takes real calendar dates written YYYY-MM-DD only', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2026-12-31')).toBe(true);
    for (const wrong of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      '26-01-01',
      '2026-01-01T00:00',
      '',
    ]) {
      expect(isDate(wrong)).toBe(false);
    }
  });
});

describe('dateRange', () => {
  it('takes one day, and a range in order', () => {
    expect(dateRange({ from: '2026-01-01', to: '2026-01-01' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-01',
    });
    expect(dateRange({ from: '2025-12-31', to: '2026-01-01' })).toEqual({
      from: '2025-12-31',
      to: '2026-01-01',
    });
  });

  it('refuses a range backwards', () => {
    expect(() => dateRange({ from: '2026-01-02', to: '2026-01-01' })).toThrow(/after/);
  });
});

describe('countries', () => {
  it('reads codes in order, in capitals, each once', () => {
    expect(countries({ countries: 'dk, IQ,DK,ps' }, 'countries')).toEqual(['DK', 'IQ', 'PS']);
    expect(countries({}, 'countries')).toBeUndefined();
  });

  it('names the codes that are not countries', () => {
    expect(() => countries({ countries: 'DK,ZZ,other' }, 'countries')).toThrow(/"ZZ", "OTHER"/);
  });
});
