import { describe, expect, it } from 'vitest';
import type { DaySummary } from '../../shared/api/summary';
import { ownVisits } from './ownRows';

const ME = '3b241101-e2bb-4255-8caf-4136c566a962';
const OTHER = '0f8fad5b-d9cb-469f-a165-70867728950e';
const KEY = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

function summary(devices: DaySummary['devices']): DaySummary {
  return {
    date: '2026-11-23',
    visits: 0,
    adults: 0,
    children: 0,
    volunteers: 0,
    byHour: [],
    byCountry: [],
    byMunicipality: [],
    devices,
  };
}

const at = '2026-11-23T09:00:00.000Z';

describe('ownVisits', () => {
  it('adds up this tablet’s rows under every name, and no namesake’s', () => {
    const day = summary([
      { deviceId: 'door-1', device: ME, visits: 2, lastSeenAt: at },
      { deviceId: 'entrance', device: ME, visits: 3, lastSeenAt: at },
      { deviceId: 'entrance', device: OTHER, visits: 7, lastSeenAt: at },
    ]);
    expect(ownVisits(day, { name: 'entrance', device: ME })).toBe(5);
    expect(ownVisits(day, { name: 'entrance', device: OTHER })).toBe(7);
  });

  it('counts the rows of every key the tablet was given as its own', () => {
    const day = summary([
      { deviceId: 'entrance', device: ME, visits: 2, lastSeenAt: at },
      { deviceId: 'entrance', device: KEY, visits: 3, lastSeenAt: at },
      { deviceId: 'entrance', device: OTHER, visits: 7, lastSeenAt: at },
    ]);
    expect(ownVisits(day, { name: 'entrance', device: ME, keyDevices: [KEY] })).toBe(5);
    expect(ownVisits(day, { name: 'entrance', device: null, keyDevices: [KEY] })).toBe(3);
  });

  it('matches by name the visits that reached the server without an id', () => {
    const day = summary([
      { deviceId: 'entrance', device: null, visits: 1, lastSeenAt: at },
      { deviceId: 'entrance', device: ME, visits: 3, lastSeenAt: at },
    ]);
    expect(ownVisits(day, { name: 'entrance', device: ME })).toBe(4);
  });

  it('matches by name on a server that does not keep ids', () => {
    const day = summary([
      { deviceId: 'entrance', visits: 4, lastSeenAt: at },
      { deviceId: 'cafe', visits: 1, lastSeenAt: at },
    ]);
    expect(ownVisits(day, { name: 'entrance', device: ME })).toBe(4);
    expect(ownVisits(day, { name: null, device: ME })).toBe(0);
  });
});
