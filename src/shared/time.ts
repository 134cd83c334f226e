// Wall-clock time at the centre. A visit is stamped with the centre's local time and its UTC offset,
// floored to the quarter hour; the day it counts for is the local date in the centre's zone, never
// the UTC date, so a visit at 00:10 in summer belongs to that day and not to the evening before.
// This runs for every visit in exports and on every server insert, so the zone's offset is asked of
// Intl about once per UTC day and the local fields are then plain arithmetic (see offsetAt).

/** The zone a centre is in unless its server says another (the server's VELKOMMEN_TZ). */
export const CENTRE_TIME_ZONE = 'Europe/Copenhagen';

// Every answer of the server names its zone, and a sync sends a batch after batch: making a
// formatter to check it cost about a millisecond each time. Only zones Intl took are kept, and the
// IANA list has some 600 names.
const knownZones = new Set<string>();

/**
 * Whether `name` is an IANA time zone this runtime knows ("Europe/Copenhagen"). A tablet only takes
 * a zone its own Intl can reckon in; one it cannot would make every local date fail.
 */
export function isTimeZone(name: string): boolean {
  if (knownZones.has(name)) return true;
  if (name === '' || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    knownZones.add(name);
    return true;
  } catch {
    return false;
  }
}

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const QUARTER_HOUR_MS = 15 * MINUTE_MS;
const DAY_MS = 24 * 60 * MINUTE_MS;

// Years whose dates toISOString writes as YYYY-MM-DD; instants outside are read through Intl.
const FIRST_PLAIN_MS = Date.UTC(1000, 0, 2);
const LAST_PLAIN_MS = Date.UTC(9999, 11, 30);

export interface LocalParts {
  /** The local date, YYYY-MM-DD. */
  readonly date: string;
  /** The local hour, 0-23. */
  readonly hour: number;
  /** The local minute, 0-59. */
  readonly minute: number;
}

interface Zone {
  readonly formatter: Intl.DateTimeFormat;
  /** The zone's offset (ms) at the start of each UTC day asked about, keyed by days since 1970. */
  readonly offsetAtDay: Map<number, number>;
  /** 'YYYY-MM-DD' of each local day asked about, keyed by days since 1970-01-01. */
  readonly dates: Map<number, string>;
  /** Parts of the stamps already read, keyed by the visitedAt string; many share a quarter hour. */
  readonly byStamp: Map<string, LocalParts>;
}

// Enough for ten years of days and of a centre's quarter hours; a full cache starts again.
const MAX_CACHED = 50_000;
const zones = new Map<string, Zone>();

function zoneFor(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) {
    const formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zone = { formatter, offsetAtDay: new Map(), dates: new Map(), byStamp: new Map() };
    zones.set(timeZone, zone);
  }
  return zone;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_CACHED) map.clear();
  map.set(key, value);
  return value;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(formatter: Intl.DateTimeFormat, ms: number): WallClock {
  const clock: WallClock = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(ms)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day') {
      clock[part.type] = Number(part.value);
    } else if (part.type === 'hour' || part.type === 'minute' || part.type === 'second') {
      clock[part.type] = Number(part.value);
    }
  }
  return clock;
}

// What Intl says the zone's clock shows at `ms`, minus `ms`: the offset, to the second.
function intlOffset(zone: Zone, ms: number): number {
  const clock = wallClock(zone.formatter, ms);
  const shown = new Date(0);
  shown.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  shown.setUTCHours(clock.hour, clock.minute, clock.second, 0);
  return shown.getTime() - Math.floor(ms / SECOND_MS) * SECOND_MS;
}

function offsetAtDayStart(zone: Zone, day: number): number {
  const known = zone.offsetAtDay.get(day);
  if (known !== undefined) return known;
  return remember(zone.offsetAtDay, day, intlOffset(zone, day * DAY_MS));
}

// The zone's offset at `ms`. When the offset is the same at the start of this UTC day and of the
// next, it holds for the whole day: no zone in the time zone database changes its clocks and back
// again within one day (none does from 2000 to 2040, sampled every three hours for every zone). On
// the day of a change the instant itself is asked of Intl.
function offsetAt(zone: Zone, ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const atStart = offsetAtDayStart(zone, day);
  return atStart === offsetAtDayStart(zone, day + 1) ? atStart : intlOffset(zone, ms);
}

function dateOfDay(zone: Zone, day: number): string {
  const known = zone.dates.get(day);
  if (known !== undefined) return known;
  return remember(zone.dates, day, new Date(day * DAY_MS).toISOString().slice(0, 10));
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Every UTC offset in use is a whole number of quarter hours, so flooring the instant itself gives
// the local quarter hour too, and stays right in the hour that happens twice in October, where
// arithmetic on local fields could land on the wrong one of the two.
export function toQuarterHour(instant: Date, timeZone: string = CENTRE_TIME_ZONE): string {
  const floored = Math.floor(validTime(instant) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const zone = zoneFor(timeZone);
  const offset = offsetAt(zone, floored);
  const local = floored + offset;
  const day = Math.floor(local / DAY_MS);
  const seconds = Math.floor((local - day * DAY_MS) / SECOND_MS);
  const clock = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return `${localDateOf(zone, floored, local)}T${clock}${offsetText(offset)}`;
}

// ISO 8601's way: Z for UTC itself, else the sign and hours:minutes (seconds of an offset, which
// only the 19th century had, are dropped toward zero).
function offsetText(offset: number): string {
  if (offset === 0) return 'Z';
  const minutes = Math.trunc(Math.abs(offset) / MINUTE_MS);
  return `${offset < 0 ? '-' : '+'}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

function localDateOf(zone: Zone, ms: number, local: number): string {
  if (ms < FIRST_PLAIN_MS || ms > LAST_PLAIN_MS) {
    const clock = wallClock(zone.formatter, ms);
    return `${String(clock.year).padStart(4, '0')}-${two(clock.month)}-${two(clock.day)}`;
  }
  return dateOfDay(zone, Math.floor(local / DAY_MS));
}

export function localDate(instant: Date | string, timeZone: string = CENTRE_TIME_ZONE): string {
  return localParts(instant, timeZone).date;
}

/**
 * The local date, hour and minute of an instant in `timeZone` (the centre's unless given). A string
 * must carry its UTC offset or Z, as for localDate. The parts of each string read are remembered,
 * since this runs once per visit in exports and stats and many visits share a quarter hour.
 */
export function localParts(
  instant: Date | string,
  timeZone: string = CENTRE_TIME_ZONE,
): LocalParts {
  const zone = zoneFor(timeZone);
  if (typeof instant !== 'string') return partsAt(zone, validTime(instant));
  const known = zone.byStamp.get(instant);
  if (known) return known;
  return remember(zone.byStamp, instant, partsAt(zone, parseWithOffset(instant)));
}

function partsAt(zone: Zone, ms: number): LocalParts {
  const local = ms + offsetAt(zone, ms);
  const minuteOfDay = Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
  return Object.freeze({
    date: localDateOf(zone, ms, local),
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
  });
}

/**
 * The UTC offsets, in minutes, that the zone's clocks had whenever they showed the local date and
 * time of `stamp` (a quarter-hour stamp; its own offset is not read): one on most days, two in the
 * hour that comes twice when summer time ends, none in the hour skipped when it starts. A stamp is
 * the centre's own when its offset is one of these.
 */
export function zoneOffsetsAt(stamp: string, timeZone: string = CENTRE_TIME_ZONE): number[] {
  const wall = Date.UTC(
    digitsAt(stamp, 0, 4),
    digitsAt(stamp, 5, 2) - 1,
    digitsAt(stamp, 8, 2),
    digitsAt(stamp, 11, 2),
    digitsAt(stamp, 14, 2),
  );
  if (Number.isNaN(wall)) throw new RangeError(`"${stamp}" is not a quarter-hour stamp.`);
  const zone = zoneFor(timeZone);
  // No zone changes its clocks twice within two days, so the offsets a day either side are the
  // only ones its clocks can have had at this wall time; each is kept if it leads back to it.
  const found: number[] = [];
  for (const offset of [offsetAt(zone, wall - DAY_MS), offsetAt(zone, wall + DAY_MS)]) {
    const minutes = Math.trunc(offset / MINUTE_MS);
    if (offsetAt(zone, wall - offset) === offset && !found.includes(minutes)) found.push(minutes);
  }
  return found;
}

/** The UTC offset written in a quarter-hour stamp, in minutes (Z is 0). */
export function stampOffset(stamp: string): number {
  if (stamp.length === 20) return 0;
  const minutes = digitsAt(stamp, 20, 2) * 60 + digitsAt(stamp, 23, 2);
  return stamp.charCodeAt(19) === DASH ? -minutes : minutes;
}

/** An offset in minutes as a stamp writes it: +01:00, -03:30, or Z for none. */
export function offsetName(minutes: number): string {
  return offsetText(minutes * MINUTE_MS);
}

/**
 * 'YYYY-MM-DDTHH:MM:00' with 'Z' or '±HH:MM', minutes 00/15/30/45, a real date and time of day.
 * Read character by character rather than by a regular expression: the server checks every visit
 * it receives this way, twice, and this allocates nothing.
 */
export function isQuarterHourStamp(value: string): boolean {
  const length = value.length;
  if (length !== 20 && length !== 25) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  if (
    value.charCodeAt(4) !== DASH ||
    value.charCodeAt(7) !== DASH ||
    value.charCodeAt(10) !== LETTER_T ||
    value.charCodeAt(13) !== COLON ||
    value.charCodeAt(16) !== COLON ||
    digitsAt(value, 17, 2) !== 0
  ) {
    return false;
  }
  if (year < 0 || !isCalendarDate(year, month, day)) return false;
  if (hour < 0 || hour > 23) return false;
  if (minute !== 0 && minute !== 15 && minute !== 30 && minute !== 45) return false;
  if (length === 20) return value.charCodeAt(19) === LETTER_Z;
  const sign = value.charCodeAt(19);
  if ((sign !== PLUS && sign !== DASH) || value.charCodeAt(22) !== COLON) return false;
  const offsetHours = digitsAt(value, 20, 2);
  const offsetMinutes = digitsAt(value, 23, 2);
  if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59) return false;
  return offsetHours * 60 + offsetMinutes <= 14 * 60;
}

const DASH = 0x2d;
const PLUS = 0x2b;
const COLON = 0x3a;
const LETTER_T = 0x54;
const LETTER_Z = 0x5a;
const DIGIT_0 = 0x30;

// The number written by `count` ASCII digits from `start`, or -1 if any of them is not one.
function digitsAt(value: string, start: number, count: number): number {
  let number = 0;
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - DIGIT_0;
    if (!(digit >= 0 && digit <= 9)) return -1;
    number = number * 10 + digit;
  }
  return number;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day <= days;
}

const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
