// The centre's clock from an instant: the quarter hour a visit is stamped with, its local date and
// hour, across midnight and both clock changes a year, in Copenhagen and in other zones, and
// checked against Intl itself. Whether a string is such a stamp is in time.stamp.test.ts.
import { describe, expect, it } from 'vitest';
import { CENTRE_TIME_ZONE, isQuarterHourStamp, localDate, localParts, toQuarterHour } from './time';

const at = (iso: string) => new Date(iso);

describe('toQuarterHour', () => {
  it('floors to the quarter hour in Copenhagen time with the offset', () => {
    expect(CENTRE_TIME_ZONE).toBe('Europe/Copenhagen');
    expect(toQuarterHour(at('2026-11-23T08:15:00Z'))).toBe('2026-11-23T09:15:00+01:00');
    expect(toQuarterHour(at('2026-11-23T08:29:59.999Z'))).toBe('2026-11-23T09:15:00+01:00');
    expect(toQuarterHour(at('2026-11-23T08:30:00Z'))).toBe('2026-11-23T09:30:00+01:00');
    expect(toQuarterHour(at('2026-06-15T10:44:10Z'))).toBe('2026-06-15T12:30:00+02:00');
  });

  it('jumps from 01:45+01:00 to 03:00+02:00 when summer time starts on 2026-03-29', () => {
    expect(toQuarterHour(at('2026-03-29T00:45:00Z'))).toBe('2026-03-29T01:45:00+01:00');
    expect(toQuarterHour(at('2026-03-29T00:59:59Z'))).toBe('2026-03-29T01:45:00+01:00');
    expect(toQuarterHour(at('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00+02:00');
    expect(toQuarterHour(at('2026-03-29T01:14:00Z'))).toBe('2026-03-29T03:00:00+02:00');
    expect(toQuarterHour(at('2026-03-29T01:15:00Z'))).toBe('2026-03-29T03:15:00+02:00');
  });

  it('keeps the two 02:xx hours of 2026-10-25 apart by their offsets', () => {
    expect(toQuarterHour(at('2026-10-25T00:00:00Z'))).toBe('2026-10-25T02:00:00+02:00');
    expect(toQuarterHour(at('2026-10-25T00:37:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(toQuarterHour(at('2026-10-25T00:59:00Z'))).toBe('2026-10-25T02:45:00+02:00');
    expect(toQuarterHour(at('2026-10-25T01:00:00Z'))).toBe('2026-10-25T02:00:00+01:00');
    expect(toQuarterHour(at('2026-10-25T01:37:00Z'))).toBe('2026-10-25T02:30:00+01:00');
    expect(toQuarterHour(at('2026-10-25T02:00:00Z'))).toBe('2026-10-25T03:00:00+01:00');
  });

  it('stamps name the same instant as the floored time', () => {
    for (const iso of ['2026-10-25T00:52:00Z', '2026-10-25T01:52:00Z', '2026-03-29T01:07:00Z']) {
      const stamp = toQuarterHour(at(iso));
      expect(isQuarterHourStamp(stamp)).toBe(true);
      const floored = Math.floor(Date.parse(iso) / 900_000) * 900_000;
      expect(Date.parse(stamp)).toBe(floored);
    }
  });

  it('crosses midnight in local time, not in UTC', () => {
    expect(toQuarterHour(at('2026-11-23T22:59:00Z'))).toBe('2026-11-23T23:45:00+01:00');
    expect(toQuarterHour(at('2026-11-23T23:00:00Z'))).toBe('2026-11-24T00:00:00+01:00');
    expect(toQuarterHour(at('2026-06-29T22:10:00Z'))).toBe('2026-06-30T00:00:00+02:00');
  });

  it('uses another zone when asked, writing Z for a zero offset', () => {
    expect(toQuarterHour(at('2026-11-23T08:20:00Z'), 'UTC')).toBe('2026-11-23T08:15:00Z');
    expect(toQuarterHour(at('2026-11-23T08:20:00Z'), 'Europe/London')).toBe('2026-11-23T08:15:00Z');
    expect(toQuarterHour(at('2026-11-23T08:20:00Z'), 'Asia/Kathmandu')).toBe(
      '2026-11-23T14:00:00+05:45',
    );
    expect(toQuarterHour(at('2026-11-23T08:20:00Z'), 'America/St_Johns')).toBe(
      '2026-11-23T04:45:00-03:30',
    );
  });

  it('refuses an invalid date', () => {
    expect(() => toQuarterHour(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('localDate', () => {
  it('gives the Copenhagen date around midnight in winter', () => {
    // 23:59 local on 2026-11-23 is 22:59Z
    expect(localDate(at('2026-11-23T22:59:00Z'))).toBe('2026-11-23');
    expect(localDate(at('2026-11-23T23:00:00Z'))).toBe('2026-11-24');
    expect(localDate(at('2026-11-22T23:00:00Z'))).toBe('2026-11-23');
  });

  it('gives the Copenhagen date, not the UTC one, just after midnight in summer', () => {
    // 00:10 local on 2026-06-30 is 22:10Z on 2026-06-29
    expect(localDate(at('2026-06-29T22:10:00Z'))).toBe('2026-06-30');
    expect(localDate(at('2026-06-29T21:59:00Z'))).toBe('2026-06-29');
    expect(localDate(at('2026-06-29T22:10:00Z'), 'UTC')).toBe('2026-06-29');
  });

  it('reads a string with an offset as the instant it names', () => {
    expect(localDate('2026-06-30T00:10:00+02:00')).toBe('2026-06-30');
    expect(localDate('2026-06-29T22:10:00Z')).toBe('2026-06-30');
    expect(localDate('2026-11-23T23:45:00+01:00')).toBe('2026-11-23');
    expect(localDate('2026-11-23T23:45:00+00:00')).toBe('2026-11-24');
    expect(localDate('2026-11-23T09:15:00-10:00')).toBe('2026-11-23');
    expect(localDate('2026-11-23T20:15:00-10:00')).toBe('2026-11-24');
    expect(localDate('2026-10-25T02:30:00+02:00')).toBe('2026-10-25');
    expect(localDate('2026-10-25T02:30:00+01:00')).toBe('2026-10-25');
    expect(localDate('2026-06-30T00:10:00+02:00', 'America/New_York')).toBe('2026-06-29');
  });

  it('refuses a string without an offset, which would depend on the machine', () => {
    expect(() => localDate('2026-11-23T09:15:00')).toThrow(RangeError);
    expect(() => localDate('2026-11-23')).toThrow(RangeError);
    expect(() => localDate('yesterday')).toThrow(RangeError);
  });
});

describe('localParts', () => {
  const parts = (date: string, hour: number, minute: number) => ({ date, hour, minute });

  it('skips 02:xx when summer time starts on 2026-03-29', () => {
    expect(localParts('2026-03-29T01:45:00+01:00')).toEqual(parts('2026-03-29', 1, 45));
    expect(localParts('2026-03-29T00:59:00Z')).toEqual(parts('2026-03-29', 1, 59));
    expect(localParts('2026-03-29T01:00:00Z')).toEqual(parts('2026-03-29', 3, 0));
    expect(localParts('2026-03-29T03:00:00+02:00')).toEqual(parts('2026-03-29', 3, 0));
    expect(localParts(at('2026-03-29T01:15:00Z'))).toEqual(parts('2026-03-29', 3, 15));
  });

  it('reads both 02:xx hours of 2026-10-25 as hour 2', () => {
    expect(localParts('2026-10-25T01:45:00+02:00')).toEqual(parts('2026-10-25', 1, 45));
    expect(localParts('2026-10-25T02:00:00+02:00')).toEqual(parts('2026-10-25', 2, 0));
    expect(localParts('2026-10-25T02:45:00+02:00')).toEqual(parts('2026-10-25', 2, 45));
    expect(localParts('2026-10-25T01:00:00Z')).toEqual(parts('2026-10-25', 2, 0));
    expect(localParts('2026-10-25T02:30:00+01:00')).toEqual(parts('2026-10-25', 2, 30));
    expect(localParts('2026-10-25T03:00:00+01:00')).toEqual(parts('2026-10-25', 3, 0));
  });

  it('turns the day at local midnight, not at UTC midnight', () => {
    expect(localParts('2026-11-23T22:45:00Z')).toEqual(parts('2026-11-23', 23, 45));
    expect(localParts('2026-11-23T23:00:00Z')).toEqual(parts('2026-11-24', 0, 0));
    expect(localParts('2026-06-29T21:45:00Z')).toEqual(parts('2026-06-29', 23, 45));
    expect(localParts('2026-06-30T00:00:00+02:00')).toEqual(parts('2026-06-30', 0, 0));
    expect(localParts('2026-12-31T23:00:00Z')).toEqual(parts('2027-01-01', 0, 0));
    expect(localParts(at('2026-06-29T22:10:00Z'))).toEqual(parts('2026-06-30', 0, 10));
  });

  it('uses another zone when asked, and keeps the zones apart', () => {
    const stamp = '2026-11-23T09:15:00+01:00';
    expect(localParts(stamp, 'America/New_York')).toEqual(parts('2026-11-23', 3, 15));
    expect(localParts(stamp, 'Asia/Kathmandu')).toEqual(parts('2026-11-23', 14, 0));
    expect(localParts(stamp)).toEqual(parts('2026-11-23', 9, 15));
    expect(localParts('2026-11-23T23:30:00Z', 'Asia/Kathmandu')).toEqual(
      parts('2026-11-24', 5, 15),
    );
  });

  it('gives the same answer when the stamp is read again', () => {
    const first = localParts('2026-10-25T02:15:00+01:00');
    expect(localParts('2026-10-25T02:15:00+01:00')).toEqual(first);
    expect(localParts('2026-10-25T02:15:00+02:00')).toEqual(parts('2026-10-25', 2, 15));
    expect(localDate('2026-10-25T02:15:00+01:00')).toBe(first.date);
  });

  it('refuses a string without an offset and an invalid date', () => {
    expect(() => localParts('2026-11-23T09:15:00')).toThrow(RangeError);
    expect(() => localParts('2026-11-23T09:15:00')).toThrow(RangeError);
    expect(() => localParts('2026-11-23')).toThrow(RangeError);
    expect(() => localParts(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('localParts and toQuarterHour against Intl', () => {
  // What Intl itself says the zone's clock shows at the instant, field by field.
  const formatters = new Map<string, Intl.DateTimeFormat>();
  function intlParts(ms: number, timeZone: string) {
    let formatter = formatters.get(timeZone);
    if (formatter === undefined) {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      formatters.set(timeZone, formatter);
    }
    const parts = formatter.formatToParts(ms);
    const field = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
    return {
      date: `${field('year')}-${field('month')}-${field('day')}`,
      hour: Number(field('hour')),
      minute: Number(field('minute')),
    };
  }

  it.each([
    'Europe/Copenhagen',
    'America/New_York',
    'Asia/Kathmandu',
    'America/St_Johns',
    'Australia/Lord_Howe',
    'Africa/Casablanca',
    'Pacific/Apia',
    'UTC',
  ])('agree with Intl every 97 minutes around the clock changes of 2011 and 2026 in %s', (zone) => {
    for (const [from, to] of [
      ['2011-03-01', '2011-04-15'],
      ['2011-09-20', '2012-01-05'],
      ['2026-03-01', '2026-04-10'],
      ['2026-09-25', '2026-11-10'],
    ] as const) {
      for (
        let ms = Date.parse(`${from}T00:00:00Z`);
        ms < Date.parse(`${to}T00:00:00Z`);
        ms += 97 * 60_000
      ) {
        const expected = intlParts(ms, zone);
        expect(localParts(new Date(ms), zone)).toEqual(expected);
        const stamp = toQuarterHour(new Date(ms), zone);
        expect(Date.parse(stamp)).toBe(Math.floor(ms / 900_000) * 900_000);
        expect(localParts(stamp, zone)).toEqual(intlParts(Date.parse(stamp), zone));
      }
    }
  });
});
