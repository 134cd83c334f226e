// Whether a string is a visit's quarter-hour stamp: the exact form, a real date and a possible
// offset, held to the regular expression it replaced. Making stamps is in time.zone.test.ts.
import { describe, expect, it } from 'vitest';
import { isQuarterHourStamp } from './time';

describe('isQuarterHourStamp', () => {
  it('accepts quarter hours with an offset or Z', () => {
    for (const ok of [
      '2026-11-23T09:15:00+01:00',
      '2026-11-23T09:00:00+01:00',
      '2026-11-23T09:30:00-03:30',
      '2026-11-23T23:45:00+14:00',
      '2026-11-23T00:00:00Z',
      '2024-02-29T12:00:00+01:00',
      '2000-02-29T12:00:00+01:00',
    ]) {
      expect(isQuarterHourStamp(ok), ok).toBe(true);
    }
  });

  it('rejects other minutes, seconds, missing offsets and impossible dates', () => {
    for (const bad of [
      '2026-11-23T09:10:00+01:00', // not a quarter
      '2026-11-23T09:15:30+01:00', // seconds
      '2026-11-23T09:15:00.000+01:00', // fraction
      '2026-11-23T09:15:00', // no offset
      '2026-11-23T09:15+01:00', // no seconds
      '2026-11-23 09:15:00+01:00', // space
      '2026-11-23T09:15:00+0100', // offset without colon
      '2026-11-23T09:15:00z',
      '2026-11-23T24:00:00+01:00',
      '2026-11-31T09:15:00+01:00',
      '2026-02-29T09:15:00+01:00', // not a leap year
      '1900-02-29T09:15:00+01:00', // not a leap year either
      '2026-13-01T09:15:00+01:00',
      '2026-00-10T09:15:00+01:00',
      '2026-11-00T09:15:00+01:00',
      '2026-11-23T09:15:00+15:00',
      '2026-11-23T09:15:00+01:60',
      '2026-11-23T09:15:00+01:00\n',
      '',
    ]) {
      expect(isQuarterHourStamp(bad), bad).toBe(false);
    }
  });
  it('agrees with the regular expression it replaced, character by character', () => {
    // The earlier reading of a stamp, kept here as the reference the faster one must match.
    const STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):00(?:Z|([+-])(\d{2}):(\d{2}))$/;
    const reference = (value: string): boolean => {
      const m = STAMP.exec(value);
      if (!m) return false;
      const [, year, month, day, hour, minute, , offsetHours, offsetMinutes] = m;
      const y = Number(year);
      const mo = Number(month);
      const d = Number(day);
      if (mo < 1 || mo > 12 || d < 1) return false;
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      if (d > ([31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0)) {
        return false;
      }
      if (Number(hour) > 23 || !['00', '15', '30', '45'].includes(minute ?? '')) return false;
      if (offsetHours !== undefined && offsetMinutes !== undefined) {
        const offset = Number(offsetHours) * 60 + Number(offsetMinutes);
        if (Number(offsetMinutes) > 59 || offset > 14 * 60) return false;
      }
      return true;
    };
    const seeds = [
      '2026-11-23T09:15:00+01:00',
      '2024-02-29T23:45:00-14:00',
      '0000-02-29T00:00:00Z',
      '2100-12-31T12:30:00+13:59',
    ];
    // Every character of each seed swapped for each of these, and each seed cut short or grown.
    const swaps = [
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '9',
      '-',
      '+',
      ':',
      'T',
      'Z',
      'z',
      ' ',
      '.',
      '٣',
      '\n',
    ];
    let compared = 0;
    for (const seed of seeds) {
      const variants = [seed, seed.slice(0, -1), `${seed}0`, seed.replace(/[+-]\d\d:\d\d$/, 'Z')];
      for (let i = 0; i < seed.length; i++) {
        for (const swap of swaps) variants.push(seed.slice(0, i) + swap + seed.slice(i + 1));
      }
      for (const variant of variants) {
        expect(isQuarterHourStamp(variant), variant).toBe(reference(variant));
        compared += 1;
      }
    }
    // Every day of a leap year and of a common one, at every hour and minute on the hour's edge.
    for (const year of ['2024', '2026', '1900', '2000']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          for (const time of ['00:00', '23:45', '24:00', '12:14']) {
            const stamp = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}:00+01:00`;
            expect(isQuarterHourStamp(stamp), stamp).toBe(reference(stamp));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(8000);
  });
});
