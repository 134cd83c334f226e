// Wall-clock time at the centre. A visit is stamped with the centre's local time and its UTC offset,
// floored to the quarter hour; the day it counts for is the local date in the centre's zone, never
// the UTC date, so a visit at 00:10 in summer belongs to that day and not to the evening before.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

export const CENTRE_TIME_ZONE = 'Europe/Copenhagen';

const QUARTER_HOUR_MS = 15 * 60 * 1000;

// Every UTC offset in use is a whole number of quarter hours, so flooring the instant itself gives
// the local quarter hour too, and stays right in the hour that happens twice in October, where
// arithmetic on local fields could land on the wrong one of the two.
export function toQuarterHour(instant: Date, timeZone: string = CENTRE_TIME_ZONE): string {
  const ms = validTime(instant);
  const floored = Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  return format(floored, "yyyy-MM-dd'T'HH:mm:ssXXX", { in: tz(timeZone) });
}

export function localDate(instant: Date | string, timeZone: string = CENTRE_TIME_ZONE): string {
  return localParts(instant, timeZone).date;
}

export interface LocalParts {
  /** The local date, YYYY-MM-DD. */
  readonly date: string;
  /** The local hour, 0-23. */
  readonly hour: number;
  /** The local minute, 0-59. */
  readonly minute: number;
}

interface ZoneReader {
  readonly formatter: Intl.DateTimeFormat;
  /** Parts of the stamps already read, keyed by the visitedAt string; many share a quarter hour. */
  readonly byStamp: Map<string, LocalParts>;
}

const MAX_CACHED_STAMPS = 5000;
const readers = new Map<string, ZoneReader>();

function readerFor(timeZone: string): ZoneReader {
  let reader = readers.get(timeZone);
  if (!reader) {
    const formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    reader = { formatter, byStamp: new Map() };
    readers.set(timeZone, reader);
  }
  return reader;
}

/**
 * The local date, hour and minute of an instant in `timeZone` (the centre's unless given). A string
 * must carry its UTC offset or Z, as for localDate. Formatters are kept per zone and the parts of
 * each string read are remembered, since this runs once per visit in exports and stats.
 */
export function localParts(
  instant: Date | string,
  timeZone: string = CENTRE_TIME_ZONE,
): LocalParts {
  const reader = readerFor(timeZone);
  if (typeof instant !== 'string') return partsAt(reader.formatter, validTime(instant));
  const known = reader.byStamp.get(instant);
  if (known) return known;
  const parts = partsAt(reader.formatter, parseWithOffset(instant));
  if (reader.byStamp.size >= MAX_CACHED_STAMPS) reader.byStamp.clear();
  reader.byStamp.set(instant, parts);
  return parts;
}

function partsAt(formatter: Intl.DateTimeFormat, ms: number): LocalParts {
  let year = '';
  let month = '';
  let day = '';
  let hour = 0;
  let minute = 0;
  for (const part of formatter.formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = part.value.padStart(4, '0');
        break;
      case 'month':
        month = part.value;
        break;
      case 'day':
        day = part.value;
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      default:
        break;
    }
  }
  return Object.freeze({ date: `${year}-${month}-${day}`, hour, minute });
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):00(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** 'YYYY-MM-DDTHH:MM:00' with 'Z' or '±HH:MM', minutes 00/15/30/45, a real date and time of day. */
export function isQuarterHourStamp(value: string): boolean {
  const m = STAMP.exec(value);
  if (!m) return false;
  const [, year, month, day, hour, minute, , offsetHours, offsetMinutes] = m;
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return false;
  if (Number(hour) > 23) return false;
  if (!['00', '15', '30', '45'].includes(minute ?? '')) return false;
  if (offsetHours !== undefined && offsetMinutes !== undefined) {
    const offset = Number(offsetHours) * 60 + Number(offsetMinutes);
    if (Number(offsetMinutes) > 59 || offset > 14 * 60) return false;
  }
  return true;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function validTime(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid date: the time is not a number.');
  return ms;
}

// A string without an offset would be read in the zone of whichever machine runs this, so the
// same record could count for different days on the tablet and on the server.
function parseWithOffset(value: string): number {
  if (!/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new RangeError(`"${value}" is not an ISO date and time with a UTC offset.`);
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`"${value}" is not a valid date and time.`);
  return ms;
}
