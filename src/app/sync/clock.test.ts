import { describe, expect, it } from 'vitest';
import { centreTime, CLOCK_TOLERANCE_MS, readClockCheck, serverNow } from './clock';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const YEAR = 365 * DAY;
const SERVER = Date.parse('2026-11-23T09:00:00Z');

describe('readClockCheck', () => {
  it('sets the server’s clock beside the tablet’s halfway through the exchange', () => {
    expect(readClockCheck('2026-11-23T09:00:00.000Z', 1_000, 3_000)).toEqual({
      tabletAt: 2_000,
      serverAt: SERVER,
    });
    expect(readClockCheck(undefined, 1_000, 3_000)).toBeNull();
    expect(readClockCheck('noon', 1_000, 3_000)).toBeNull();
  });
});

describe('centreTime', () => {
  it('is the tablet’s clock while the last check found it right, or there was none', () => {
    expect(centreTime(SERVER, null)).toEqual({ at: SERVER, source: 'tablet' });
    const check = { tabletAt: SERVER, serverAt: SERVER - CLOCK_TOLERANCE_MS + 1 };
    expect(centreTime(SERVER + MINUTE, check)).toEqual({ at: SERVER + MINUTE, source: 'tablet' });
  });

  it('is the server’s clock as reckoned while the tablet’s is plainly off', () => {
    const behind = { tabletAt: SERVER - YEAR, serverAt: SERVER };
    expect(centreTime(SERVER - YEAR + 5 * MINUTE, behind)).toEqual({
      at: SERVER + 5 * MINUTE,
      source: 'server',
    });
    const ahead = { tabletAt: SERVER + 3 * DAY, serverAt: SERVER };
    expect(centreTime(SERVER + 3 * DAY + DAY, ahead)).toEqual({
      at: SERVER + DAY,
      source: 'server',
    });
  });

  it('takes the tablet’s clock again once it jumped by about the difference (set right)', () => {
    const behind = { tabletAt: SERVER - YEAR, serverAt: SERVER };
    expect(centreTime(SERVER + DAY, behind)).toEqual({ at: SERVER + DAY, source: 'tablet' });
  });

  it('is never before the server’s last answer, nor before 2000', () => {
    const check = { tabletAt: SERVER, serverAt: SERVER };
    expect(centreTime(Date.parse('1970-01-01T00:00:00Z'), check)).toEqual({
      at: SERVER,
      source: 'last-known',
    });
    expect(centreTime(Date.parse('1999-12-31T23:59:00Z'), null)).toEqual({
      at: Date.UTC(2000, 0, 2),
      source: 'last-known',
    });
    // A minute or two before the last answer is the answer's own time taking, not a reset.
    expect(centreTime(SERVER - 2 * MINUTE, check).source).toBe('tablet');
  });
});

describe('serverNow', () => {
  it('reckons the server’s clock from the tablet’s and the last check', () => {
    expect(
      serverNow(SERVER + 3 * DAY + MINUTE, { tabletAt: SERVER + 3 * DAY, serverAt: SERVER }),
    ).toBe(SERVER + MINUTE);
    expect(serverNow(SERVER, null)).toBe(SERVER);
  });
});
