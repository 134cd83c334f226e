import { describe, expect, it } from 'vitest';
import { compareKeys, tally } from './tally';
import type { AgeBucket } from './tally';
import type { Visit } from '../visit';

let made = 0;

function visit(overrides: Partial<Visit> = {}): Visit {
  made += 1;
  const n = String(made).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${n}`,
    visitedAt: '2026-11-23T09:15:00+01:00',
    country: 'SY',
    municipality: '101',
    ageGroup: 'adult',
    partyId: `11111111-0000-4000-8000-${n}`,
    deviceId: 'door-1',
    voided: false,
    kind: 'visitor',
    ...overrides,
  };
}

const volunteer = (overrides: Partial<Visit> = {}) =>
  visit({ kind: 'volunteer', country: null, municipality: null, ...overrides });

describe('tally', () => {
  it('is all zeros for no visits', () => {
    expect(tally([])).toEqual({ visits: 0, adults: 0, children: 0, volunteers: 0 });
  });

  it('counts visitors’ visits, adults and children apart, and volunteers’ days apart', () => {
    const visits = [
      visit(),
      visit({ ageGroup: 'child' }),
      visit({ ageGroup: 'child' }),
      volunteer(),
      volunteer(),
    ];

    expect(tally(visits)).toEqual({ visits: 3, adults: 1, children: 2, volunteers: 2 });
  });

  it('leaves voided visits out, a volunteer’s too', () => {
    const visits = [
      visit({ voided: true }),
      visit({ ageGroup: 'child', voided: true }),
      volunteer({ voided: true }),
    ];

    expect(tally(visits)).toEqual({ visits: 0, adults: 0, children: 0, volunteers: 0 });
  });

  it('hands over each visit it counted, with the count it went to, and no other', () => {
    const adult = visit();
    const child = visit({ ageGroup: 'child' });
    const seen: [string, AgeBucket][] = [];

    tally([adult, visit({ voided: true }), volunteer(), child], (counted, bucket) =>
      seen.push([counted.id, bucket]),
    );

    expect(seen).toEqual([
      [adult.id, 'adults'],
      [child.id, 'children'],
    ]);
  });
});

describe('compareKeys', () => {
  it('orders codes by code unit, with "not said" last', () => {
    expect(['SY', null, 'AF', 'af', 'DK'].sort(compareKeys)).toEqual([
      'AF',
      'DK',
      'SY',
      'af',
      null,
    ]);
  });
});
