// What the coordinator page says about a tablet at a glance: whether it has gone quiet while
// visits were waiting on it (the one thing that loses a centre its figures if no one notices), and
// how far its clock is off, in the largest whole unit. Pure: the clock is passed in.
import type { Device } from '../../shared/api/devices';

/** A tablet silent for longer than this with visits waiting on it is brought to the top. */
export const SILENT_AFTER_MS = 24 * 60 * 60_000;

/**
 * Whether `device` has not been heard from for more than a day while it last said visits were
 * waiting on it. A withdrawn tablet is left out: the coordinator chose that, and knows.
 */
export function silentWithVisits(device: Device, now: number): boolean {
  if (device.revokedAt !== null || device.waiting === null || device.waiting === 0) return false;
  const lastSeen = device.lastSeenAt === null ? NaN : Date.parse(device.lastSeenAt);
  return !(now - lastSeen <= SILENT_AFTER_MS);
}

export type ClockUnit = 'days' | 'hours' | 'minutes';

export type ClockOff =
  { kind: 'right' } | { kind: 'ahead' | 'behind'; unit: ClockUnit; count: number };

const UNITS: readonly [ClockUnit, number][] = [
  ['days', 86_400],
  ['hours', 3_600],
  ['minutes', 60],
];

/**
 * How far a tablet's clock is off (the server's clockOffsetSeconds: positive when it is ahead), in
 * the largest whole unit; under a minute is the time a report takes, and counts as right.
 */
export function clockOff(offsetSeconds: number): ClockOff {
  const size = Math.abs(offsetSeconds);
  for (const [unit, seconds] of UNITS) {
    if (size >= seconds) {
      return {
        kind: offsetSeconds > 0 ? 'ahead' : 'behind',
        unit,
        count: Math.floor(size / seconds),
      };
    }
  }
  return { kind: 'right' };
}
