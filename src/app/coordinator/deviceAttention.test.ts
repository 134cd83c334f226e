import { describe, expect, it } from 'vitest';
import type { Device } from '../../shared/api/devices';
import { clockOff, silentWithVisits } from './deviceAttention';

const NOW = Date.parse('2026-12-05T12:00:00Z');

function device(patch: Partial<Device>): Device {
  return {
    id: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
    name: 'door-1',
    pairedAt: '2026-11-01T09:00:00.000Z',
    lastSeenAt: '2026-12-05T11:00:00.000Z',
    appVersion: '2.4.0',
    waiting: 0,
    oldestWaitingAt: null,
    clockOffsetSeconds: 0,
    revokedAt: null,
    ...patch,
  };
}

describe('silentWithVisits', () => {
  it('marks a tablet silent for more than a day while visits waited on it', () => {
    const quiet = { lastSeenAt: '2026-12-04T11:59:00.000Z', waiting: 4 };
    expect(silentWithVisits(device(quiet), NOW)).toBe(true);
    expect(
      silentWithVisits(device({ ...quiet, lastSeenAt: '2026-12-04T12:00:00.000Z' }), NOW),
    ).toBe(false);
  });

  it('leaves alone a quiet tablet with nothing waiting, one never reported, and a withdrawn one', () => {
    const old = '2026-11-20T09:00:00.000Z';
    expect(silentWithVisits(device({ lastSeenAt: old, waiting: 0 }), NOW)).toBe(false);
    expect(silentWithVisits(device({ lastSeenAt: old, waiting: null }), NOW)).toBe(false);
    expect(
      silentWithVisits(
        device({ lastSeenAt: old, waiting: 3, revokedAt: '2026-11-21T09:00:00.000Z' }),
        NOW,
      ),
    ).toBe(false);
  });
});

describe('clockOff', () => {
  it('says how far ahead or behind in the largest whole unit', () => {
    expect(clockOff(0)).toEqual({ kind: 'right' });
    expect(clockOff(-59)).toEqual({ kind: 'right' });
    expect(clockOff(125)).toEqual({ kind: 'ahead', unit: 'minutes', count: 2 });
    expect(clockOff(-7_200)).toEqual({ kind: 'behind', unit: 'hours', count: 2 });
    expect(clockOff(400 * 86_400)).toEqual({ kind: 'ahead', unit: 'days', count: 400 });
  });
});
