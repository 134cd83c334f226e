import { describe, expect, it } from 'vitest';
import { heatLevel, weekShape } from './weekShape';

const visit = (
  visitedAt: string,
  changes: { voided?: boolean; kind?: 'visitor' | 'volunteer' } = {},
) => ({
  visitedAt,
  voided: false,
  kind: 'visitor' as const,
  ...changes,
});

describe('weekShape', () => {
  it('counts visitors’ visits by weekday (Monday first) and local hour', () => {
    const shape = weekShape([
      // Monday 23 November 2026, 09:15 and 09:45 in Copenhagen.
      visit('2026-11-23T09:15:00+01:00'),
      visit('2026-11-23T09:45:00+01:00'),
      // Sunday 29 November, 14:00.
      visit('2026-11-29T14:00:00+01:00'),
      // Written in UTC, still Tuesday 10:00 in Copenhagen.
      visit('2026-11-24T09:00:00Z'),
    ]);
    expect(shape.visits[0]?.[9]).toBe(2);
    expect(shape.visits[1]?.[10]).toBe(1);
    expect(shape.visits[6]?.[14]).toBe(1);
    expect(shape).toMatchObject({ total: 4, max: 2, hours: { first: 9, last: 14 } });
  });

  it('leaves out voided visits and volunteers’ days, as the grant report does', () => {
    const shape = weekShape([
      visit('2026-11-23T09:15:00+01:00', { voided: true }),
      visit('2026-11-23T09:15:00+01:00', { kind: 'volunteer' }),
    ]);
    expect(shape).toMatchObject({ total: 0, max: 0, hours: null });
  });

  it('reads the hour in the centre’s zone across a change of clock', () => {
    // Summer time: 23:30 local on Friday 17 July is 21:30 UTC.
    const shape = weekShape([visit('2026-07-17T21:30:00Z')]);
    expect(shape.visits[4]?.[23]).toBe(1);
  });
});

describe('heatLevel', () => {
  it('steps from none to the busiest', () => {
    expect([0, 1, 3, 5, 8].map((count) => heatLevel(count, 8))).toEqual([0, 1, 2, 3, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });
});
