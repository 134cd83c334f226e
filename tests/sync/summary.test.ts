// The staff view's sync receipt against the real server: once the tablet's visits are delivered,
// the server's summary of the day agrees with the tablet's own figures, for this tablet and in all;
// and when the server is out of reach or refuses the token, the summary says so instead of failing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordCheckIn, undoCheckIn } from '../../src/app/data/checkins';
import type { CheckIn } from '../../src/app/data/checkins';
import { getDeviceId } from '../../src/app/data/device';
import { dayStats } from '../../src/app/data/stats';
import { savePairing } from '../../src/app/data/syncSettings';
import { fetchServerSummary } from '../../src/app/sync/summary';
import { localDate } from '../../src/shared/time';
import type { Harness } from './harness';
import { allDelivered, startHarness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness.close();
});

// An hour ago: the server refuses visits from the future, and the day is the day of that hour.
const AT = new Date(Date.now() - 60 * 60_000);
const DAY = localDate(AT);

function party(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'IQ',
    municipality: '101',
    adult: true,
    children: 0,
    at: AT,
    ...overrides,
  };
}

describe('fetchServerSummary against the server', () => {
  it('gives the day’s figures the tablet has, once its visits are delivered', async () => {
    await recordCheckIn(party({ children: 2 }));
    await recordCheckIn(party({ country: 'SO', municipality: '165' }));
    await recordCheckIn(party({ country: null, municipality: null, children: 1 }));
    const mistap = party({ country: 'UA', children: 3 });
    await recordCheckIn(mistap);
    await undoCheckIn(mistap.partyId);
    await recordCheckIn(party({ kind: 'volunteer', country: null, municipality: null }));
    harness.startTablet();
    await allDelivered();

    const result = await fetchServerSummary(DAY);
    const tablet = await dayStats(DAY);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { summary } = result;
    expect(summary).toMatchObject({
      date: DAY,
      visits: 6,
      adults: 3,
      children: 3,
      volunteers: 1,
    });
    expect({
      visits: summary.visits,
      adults: summary.adults,
      children: summary.children,
      volunteers: summary.volunteers,
    }).toEqual(tablet.headcount);
    expect(summary.byHour).toEqual(tablet.byHour);
    expect(summary.byCountry).toEqual(tablet.byCountry);
    expect(summary.byMunicipality).toEqual(tablet.byMunicipality);
    expect(summary.devices).toEqual([
      { deviceId: await getDeviceId(), visits: 6, lastSeenAt: expect.any(String) },
    ]);
  });

  it('says the server cannot be reached while it is down, and has figures again once it is up', async () => {
    await harness.proxy.down();

    expect(await fetchServerSummary(DAY)).toMatchObject({ ok: false, problem: 'network' });

    await harness.proxy.up();
    expect(await fetchServerSummary(DAY)).toMatchObject({
      ok: true,
      summary: { date: DAY, visits: 0, devices: [] },
    });
  });

  it('says the token was not accepted', async () => {
    await savePairing({ endpoint: harness.server.url, token: 'not-the-kiosk-token' });

    expect(await fetchServerSummary(DAY)).toMatchObject({ ok: false, problem: 'unauthorized' });
  });
});
