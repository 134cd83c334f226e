import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, hourLabel, visitClock } from './when';

describe('staff times', () => {
  it('reads a visit’s local time from its stamp', () => {
    expect(visitClock('2026-11-23T09:15:00+01:00')).toBe('09:15');
    expect(visitClock('2026-06-24T00:00:00+02:00')).toBe('00:00');
  });

  it('labels hours with two digits', () => {
    expect(hourLabel(9)).toBe('09');
    expect(hourLabel(15)).toBe('15');
  });

  it('shows a moment today as a clock time, another day with its date, in the centre’s zone', () => {
    const at = Date.parse('2026-11-23T13:32:00Z'); // 14:32 in Copenhagen
    expect(formatMoment(at, 'da', '2026-11-23')).toBe('14.32');
    expect(formatMoment(at, 'en', '2026-11-23')).toBe('14:32');
    expect(formatMoment(at, 'en', '2026-11-24')).toBe('Nov 23, 14:32');
    expect(formatMoment('2026-11-23T13:32:00.000Z', 'en', '2026-11-23')).toBe('14:32');
    expect(formatMoment('nonsense', 'en', '2026-11-23')).toBe('');
  });

  it('names a day with its weekday', () => {
    expect(formatDay('2026-11-23', 'da')).toBe('mandag 23. november');
    expect(formatDay('2026-11-23', 'en')).toBe('Monday, November 23');
  });
});
