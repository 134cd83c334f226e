// The tablet's clock set beside its server's. Every answer from the server carries the server's
// clock; the tablet notes the two side by side (a ClockCheck) and from then on knows how far off its
// own clock is. A visit is stamped by the tablet's clock while that is right, by the server's (as the
// tablet reckons it) while the tablet's is plainly wrong, and never before a moment the tablet knows
// has passed, so a stopped or reset clock neither refuses a check-in nor dates it decades back.
// Pure: the clock readings are passed in.

/** The tablet's clock and the server's at the same moment of one exchange, in epoch milliseconds. */
export interface ClockCheck {
  /** The tablet's clock halfway through the exchange. */
  tabletAt: number;
  /** The server's clock in its answer. */
  serverAt: number;
}

/** A difference up to this is a clock set by hand a little off, or the time the answer took. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** The earliest moment a visit can carry (API.md: not before 2000-01-01), in every zone. */
export const EARLIEST_VISIT_MS = Date.UTC(2000, 0, 2);

const HOUR_MS = 60 * 60_000;

/** How far the tablet's clock is ahead of the server's (negative: behind). */
export function clockOffsetMs(check: ClockCheck): number {
  return check.tabletAt - check.serverAt;
}

/** Whether the check found the tablet's clock more than a few minutes off. */
export function clockIsOff(check: ClockCheck): boolean {
  return Math.abs(clockOffsetMs(check)) > CLOCK_TOLERANCE_MS;
}

/**
 * The check of one exchange: the server's clock in its answer (`serverTime`, ISO 8601) beside the
 * tablet's halfway between sending and the answer, which is within half the exchange's time of the
 * moment the server read its clock. Null when the answer carried no readable clock.
 */
export function readClockCheck(
  serverTime: string | undefined,
  sentAt: number,
  answeredAt: number,
): ClockCheck | null {
  if (serverTime === undefined) return null;
  const serverAt = Date.parse(serverTime);
  if (!Number.isFinite(serverAt) || !Number.isFinite(sentAt) || !Number.isFinite(answeredAt)) {
    return null;
  }
  return { tabletAt: Math.round((sentAt + answeredAt) / 2), serverAt };
}

// A check still describes the tablet's clock while that clock has only moved on since, and by less
// than half the difference it found: setting the clock right jumps it by about that difference,
// which time alone does not do, so a clock put right by hand is taken as it is from then on.
function stillHolds(tabletNow: number, check: ClockCheck): boolean {
  const elapsed = tabletNow - check.tabletAt;
  const window = Math.max(Math.abs(clockOffsetMs(check)) / 2, HOUR_MS);
  return elapsed >= -CLOCK_TOLERANCE_MS && elapsed <= window;
}

/** The server's clock now, as the tablet reckons it from its own and the last check. */
export function serverNow(tabletNow: number, check: ClockCheck | null): number {
  return check !== null && stillHolds(tabletNow, check)
    ? tabletNow - clockOffsetMs(check)
    : tabletNow;
}

export type CentreTimeSource =
  /** The tablet's clock, which the last check found right (or there was none). */
  | 'tablet'
  /** The server's clock as the tablet reckons it: the tablet's was found plainly wrong. */
  | 'server'
  /** The tablet's clock reads before a moment known to have passed (a reset or stopped clock). */
  | 'last-known';

/**
 * The moment to stamp a visit with, from the tablet's clock reading now and the last check: the
 * tablet's own clock while the check found it right; the server's as reckoned while the check found
 * the tablet's more than a few minutes off; and never before the server's clock at the last check
 * (nor before 2000), since a clock that reads earlier has been reset or stopped.
 */
export function centreTime(
  tabletNow: number,
  check: ClockCheck | null,
): { at: number; source: CentreTimeSource } {
  let at = tabletNow;
  let source: CentreTimeSource = 'tablet';
  if (check !== null && clockIsOff(check) && stillHolds(tabletNow, check)) {
    at = tabletNow - clockOffsetMs(check);
    source = 'server';
  }
  const floor = Math.max(EARLIEST_VISIT_MS, check?.serverAt ?? 0);
  if (!(at >= floor - CLOCK_TOLERANCE_MS)) return { at: floor, source: 'last-known' };
  return { at, source };
}

/** What one answer told of the server's clock and the centre's zone. */
export interface ServerNews {
  clock: ClockCheck | null;
  timeZone: string | null;
}

/** The news in an answer's serverTime and timeZone, read beside the exchange's timing. */
export function serverNews(
  answer: { serverTime?: string | undefined; timeZone?: string | undefined },
  timing: { sentAt: number; answeredAt: number },
): ServerNews {
  return {
    clock: readClockCheck(answer.serverTime, timing.sentAt, timing.answeredAt),
    timeZone: answer.timeZone ?? null,
  };
}
