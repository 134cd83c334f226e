// For the tests of recording and undoing check-ins: a party as the kiosk would record it (a woman
// alone from Turkey living in Albertslund, on a Monday morning in November unless told otherwise),
// and the staff view's headcount of a day.
import type { CheckIn } from '../../src/app/data/checkins';
import { dayStats } from '../../src/app/data/stats';

export function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'TR',
    municipality: '165',
    adult: true,
    children: 0,
    at: new Date('2026-11-23T09:22:41+01:00'),
    ...overrides,
  };
}

export const headcount = async (day: string) => (await dayStats(day)).headcount;
