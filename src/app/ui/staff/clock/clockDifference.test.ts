import { describe, expect, it } from 'vitest';
import { clockDifference, clockProblem } from './clockDifference';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('clockDifference', () => {
  it('gives the two largest units, rounded down', () => {
    expect(clockDifference(365 * DAY + 12 * DAY + 5 * HOUR)).toEqual([
      { unit: 'years', count: 1 },
      { unit: 'days', count: 12 },
    ]);
    expect(clockDifference(3 * HOUR + 5 * MINUTE + 59_000)).toEqual([
      { unit: 'hours', count: 3 },
      { unit: 'minutes', count: 5 },
    ]);
    expect(clockDifference(7 * MINUTE + 30_000)).toEqual([{ unit: 'minutes', count: 7 }]);
  });

  it('leaves out a unit that is zero, and never goes below the second unit', () => {
    expect(clockDifference(2 * 365 * DAY + 3 * HOUR)).toEqual([{ unit: 'years', count: 2 }]);
    expect(clockDifference(2 * DAY + 59 * MINUTE)).toEqual([{ unit: 'days', count: 2 }]);
  });

  it('is the size of the difference, ahead or behind', () => {
    expect(clockDifference(-(DAY + HOUR))).toEqual(clockDifference(DAY + HOUR));
  });
});

describe('clockProblem', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');

  it('is nothing while the clock is right or no check was made', () => {
    expect(clockProblem(now, null)).toBeNull();
    expect(
      clockProblem(now, { tabletAt: now - HOUR, serverAt: now - HOUR - 2 * MINUTE }),
    ).toBeNull();
  });

  it('says how far ahead or behind the last check found the clock', () => {
    expect(clockProblem(now, { tabletAt: now, serverAt: now - 3 * DAY })).toEqual({
      kind: 'ahead',
      offsetMs: 3 * DAY,
    });
    expect(clockProblem(now, { tabletAt: now, serverAt: now + 400 * DAY })).toEqual({
      kind: 'behind',
      offsetMs: -400 * DAY,
    });
  });

  it('says the clock stopped when it reads before 2000, or before the server’s last answer', () => {
    const flat = Date.parse('1970-01-01T00:05:00Z');
    expect(clockProblem(flat, null)).toEqual({
      kind: 'stopped',
      shows: flat,
      datedAt: Date.UTC(2000, 0, 2),
    });
    expect(clockProblem(flat, { tabletAt: now, serverAt: now })).toEqual({
      kind: 'stopped',
      shows: flat,
      datedAt: now,
    });
  });
});
