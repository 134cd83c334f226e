import { afterEach, describe, expect, it } from 'vitest';
import { COORDINATOR, json, KIOSK, testApp, visit, type TestApp } from './testing/testApp';
import { describeEngines } from './testing/engines';
import type { DaySummary } from '../shared/api/summary';

describeEngines('the summary', (engine) => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  describe('GET /api/v1/summary', () => {
    it("counts the day's visitors, volunteers apart, voided left out", async () => {
      let clock = new Date('2026-11-23T08:00:00Z');
      t = await testApp({ now: () => clock }, engine);
      const party = visit({ visitedAt: '2026-11-23T09:15:00+01:00' });
      const mistap = visit({ visitedAt: '2026-11-23T13:15:00+01:00' });
      await t.post({
        visits: [
          party,
          visit({
            visitedAt: '2026-11-23T09:30:00+01:00',
            partyId: party.partyId,
            ageGroup: 'child',
          }),
          mistap,
          // Yesterday evening: another day.
          visit({ visitedAt: '2026-11-22T23:45:00+01:00' }),
        ],
      });
      clock = new Date('2026-11-23T09:00:00Z');
      await t.post({
        visits: [
          visit({
            visitedAt: '2026-11-23T09:45:00+01:00',
            country: 'IQ',
            municipality: null,
            deviceId: 'door-2',
          }),
          visit({
            visitedAt: '2026-11-23T13:00:00+01:00',
            country: null,
            municipality: '101',
            deviceId: 'door-2',
          }),
          // 00:15 local: the day's first quarter hour.
          visit({
            visitedAt: '2026-11-23T00:15:00+01:00',
            country: 'DK',
            municipality: '101',
            deviceId: 'door-2',
          }),
        ],
      });
      clock = new Date('2026-11-23T10:00:00Z');
      await t.post({
        visits: [
          visit({
            visitedAt: '2026-11-23T08:00:00+01:00',
            kind: 'volunteer',
            country: null,
            municipality: null,
            deviceId: 'staff',
          }),
          visit({
            visitedAt: '2026-11-23T08:00:00+01:00',
            kind: 'volunteer',
            country: null,
            municipality: null,
            deviceId: 'staff',
            voided: true,
          }),
        ],
      });
      clock = new Date('2026-11-23T11:00:00Z');
      await t.post({ visits: [{ ...mistap, voided: true }] });

      const response = await t.app.request('/api/v1/summary?date=2026-11-23', { headers: KIOSK });
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({
        date: '2026-11-23',
        visits: 5,
        adults: 4,
        children: 1,
        volunteers: 1,
        byHour: [
          { hour: 0, visits: 1 },
          { hour: 9, visits: 3 },
          { hour: 13, visits: 1 },
        ],
        byCountry: [
          { key: 'TR', visits: 2 },
          { key: 'DK', visits: 1 },
          { key: 'IQ', visits: 1 },
          { key: null, visits: 1 },
        ],
        byMunicipality: [
          { key: '101', visits: 2 },
          { key: '165', visits: 2 },
          { key: null, visits: 1 },
        ],
        devices: [
          // The void of the mistap was the last thing door-1 sent.
          { deviceId: 'door-1', device: null, visits: 2, lastSeenAt: '2026-11-23T11:00:00.000Z' },
          { deviceId: 'door-2', device: null, visits: 3, lastSeenAt: '2026-11-23T09:00:00.000Z' },
          { deviceId: 'staff', device: null, visits: 0, lastSeenAt: '2026-11-23T10:00:00.000Z' },
        ],
        serverTime: '2026-11-23T11:00:00.000Z',
        timeZone: 'Europe/Copenhagen',
      } satisfies DaySummary);
    });

    it("is today's, in the centre's time zone, when no date is given", async () => {
      // 22:30 UTC on 14 July is 00:30 on the 15th in Copenhagen.
      t = await testApp({ now: () => new Date('2026-07-14T22:30:00Z') }, engine);
      await t.post({ visits: [visit({ visitedAt: '2026-07-15T00:30:00+02:00' })] });
      const response = await t.app.request('/api/v1/summary', { headers: COORDINATOR });
      const summary = await json<DaySummary>(response);
      expect(summary.date).toBe('2026-07-15');
      expect(summary.visits).toBe(1);
      expect(summary.byHour).toEqual([{ hour: 0, visits: 1 }]);
    });

    it('tells tablets apart by their own id, across a rename and under one name', async () => {
      t = await testApp({ now: () => new Date('2026-11-23T12:00:00Z') }, engine);
      const door = crypto.randomUUID();
      const other = crypto.randomUUID();
      await t.post({ visits: [visit()], device: door });
      // The same tablet renamed, and another tablet that took its old name.
      await t.post({ visits: [visit({ deviceId: 'entrance' }), visit()], device: door });
      await t.post({ visits: [visit(), visit(), visit()], device: other });
      // A retry from somewhere else keeps the tablet that sent the visit first.
      const [first] = await t.store.visitsBetween('2026-11-23', '2026-11-23');
      await t.post({ visits: [first], device: other });

      const summary = await json<DaySummary>(
        await t.app.request('/api/v1/summary?date=2026-11-23', { headers: KIOSK }),
      );
      const [low, high] = [door, other].sort();
      expect(
        summary.devices.map(({ deviceId, device, visits }) => [deviceId, device, visits]),
      ).toEqual([
        ['door-1', low, low === door ? 2 : 3],
        ['door-1', high, high === door ? 2 : 3],
        ['entrance', door, 1],
      ]);
    });

    it('refuses a device that is not a UUID, storing nothing', async () => {
      t = await testApp({}, engine);
      const response = await t.post({ visits: [visit()], device: 'door-1' });
      expect(response.status).toBe(400);
      expect(await json(response)).toEqual({
        error: 'device must be the tablet’s own id (a UUID), or left out; no visit was stored.',
        code: 'invalid_body',
      });
      expect(await t.store.visitsBetween('2000-01-01', '2100-01-01')).toEqual([]);
    });

    it('answers zeros for a day without visits, 400 for a bad date, 401 without a token', async () => {
      t = await testApp({}, engine);
      const empty = await json(
        await t.app.request('/api/v1/summary?date=2020-01-01', { headers: KIOSK }),
      );
      expect(empty).toEqual({
        date: '2020-01-01',
        visits: 0,
        adults: 0,
        children: 0,
        volunteers: 0,
        byHour: [],
        byCountry: [],
        byMunicipality: [],
        devices: [],
        serverTime: expect.any(String),
        timeZone: 'Europe/Copenhagen',
      });
      const bad = await t.app.request('/api/v1/summary?date=23-11-2026', { headers: KIOSK });
      expect(bad.status).toBe(400);
      expect((await t.app.request('/api/v1/summary')).status).toBe(401);
    });
  });
});
