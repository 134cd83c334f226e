// Times and days on the staff screens, always in the centre's time zone whatever the tablet's own
// setting, so they match the visits' stamps and the server's figures.
import { CENTRE_TIME_ZONE, localDate } from '../../../../shared/time';

/** A visit's local time of day, "09:15": its stamp already carries the centre's wall clock. */
export function visitClock(visitedAt: string): string {
  return visitedAt.slice(11, 16);
}

/** An hour of the day as a clock label, "09". */
export function hourLabel(hour: number): string {
  return String(hour % 24).padStart(2, '0');
}

/**
 * A moment as "14:32" on `today`, with its date on any other day ("22. nov. 14:32"), in the centre's
 * zone (`timeZone` when its server gave another).
 */
export function formatMoment(
  at: number | string,
  lang: string,
  today: string,
  timeZone: string = CENTRE_TIME_ZONE,
): string {
  const instant = typeof at === 'number' ? new Date(at) : new Date(Date.parse(at));
  if (Number.isNaN(instant.getTime())) return '';
  const sameDay = localDate(instant, timeZone) === today;
  return new Intl.DateTimeFormat(lang, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
  }).format(instant);
}

/** A day (YYYY-MM-DD) as a heading, "mandag 23. november". */
export function formatDay(day: string, lang: string): string {
  // Noon UTC is the same date in every zone a centre can be in.
  const noon = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(noon.getTime())) return day;
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(noon);
}
