// Every visit remembers which tablet sent it and when it first arrived, and the visit list shows
// both; tablets may not send visits older than the set number of days, a coordinator's load may.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PairAnswer, PairingCodeAnswer } from '../shared/api/devices';
import type { BatchAnswer, LoggedVisit } from '../shared/api/visits';
import { VISIT_LOG_COLUMNS } from '../shared/reports/visitLog';
import { COORDINATOR, json, NOW, testApp, visit, type TestApp } from './testing/testApp';
import { describeEngines } from './testing/engines';

describeEngines('arrival and age', (engine) => {
  let t: TestApp;
  let clock: Date;
  beforeEach(async () => {
    clock = NOW;
    t = await testApp({ now: () => clock, maxVisitAgeDays: 120 }, engine);
  });
  afterEach(() => t.close());

  const OWN_ID = '11111111-1111-4111-8111-111111111111';
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function pair(name: string): Promise<PairAnswer> {
    const made = await t.app.request('/api/v1/pairing-codes', {
      method: 'POST',
      headers: { ...COORDINATOR, 'Content-Type': 'application/json' },
      body: '{}',
    });
    const { code } = await json<PairingCodeAnswer>(made);
    const paired = await t.app.request('/api/v1/pair', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, name }),
    });
    expect(paired.status).toBe(201);
    return json<PairAnswer>(paired);
  }

  async function list(): Promise<LoggedVisit[]> {
    const response = await t.get('/api/v1/visits?from=2026-01-01&to=2026-12-31&includeVoided=true');
    expect(response.status).toBe(200);
    return (await json<{ visits: LoggedVisit[] }>(response)).visits;
  }

  describe('the visit list', () => {
    it('gives each visit when it first arrived and the device that sent it', async () => {
      const door = await pair('door-1');
      const own = visit({ visitedAt: '2026-11-23T09:00:00+01:00' });
      // A device's key names the device, whatever the batch says.
      await t.post({ visits: [own], device: OWN_ID }, bearer(door.token));
      const shared = visit({ visitedAt: '2026-11-23T09:15:00+01:00' });
      await t.post({ visits: [shared], device: OWN_ID });
      const anonymous = visit({ visitedAt: '2026-11-23T09:30:00+01:00' });
      await t.post({ visits: [anonymous] });

      // A retry and a void later, from another sender, change neither.
      clock = new Date(NOW.getTime() + 3_600_000);
      await t.post({ visits: [{ ...own, voided: true }] });
      await t.post({ visits: [shared] }, bearer(door.token));

      expect(await list()).toEqual([
        { ...own, voided: true, receivedAt: NOW.toISOString(), device: door.deviceId },
        { ...shared, receivedAt: NOW.toISOString(), device: OWN_ID },
        { ...anonymous, receivedAt: NOW.toISOString(), device: null },
      ]);
    });

    it('ends each CSV line with received_at and device', async () => {
      const door = await pair('door-1');
      const own = visit({ visitedAt: '2026-11-23T09:00:00+01:00' });
      await t.post({ visits: [own] }, bearer(door.token));
      await t.post({ visits: [visit({ visitedAt: '2026-11-23T09:15:00+01:00' })] });
      const response = await t.get('/api/v1/visits?from=2026-11-23&to=2026-11-23&format=csv');
      const rows: string[][] = parse(await response.text(), { bom: true, delimiter: ';' });
      expect(rows[0]).toEqual([...VISIT_LOG_COLUMNS, 'received_at', 'device']);
      expect(rows[1]?.slice(0, 1)).toEqual([own.id]);
      expect(rows[1]?.slice(-2)).toEqual([NOW.toISOString(), door.deviceId]);
      expect(rows[2]?.slice(-2)).toEqual([NOW.toISOString(), '']);
    });
  });

  describe('the oldest visit a tablet may send', () => {
    // 120 days before 23 November 2026 noon is 26 July 2026 noon.
    const old = () => visit({ visitedAt: '2026-07-26T09:00:00+02:00' });
    const inTime = () => visit({ visitedAt: '2026-07-26T13:00:00+02:00' });

    it('refuses older visits from a tablet, each with a reason, and stores the rest', async () => {
      const door = await pair('door-1');
      for (const headers of [bearer(door.token), undefined]) {
        const tooOld = old();
        const fine = inTime();
        const response = await t.post({ visits: [tooOld, fine] }, headers);
        expect(response.status).toBe(200);
        const answer = await json<BatchAnswer>(response);
        expect(answer.stored).toEqual([fine.id]);
        expect(answer.rejected).toEqual([
          {
            id: tooOld.id,
            reason: expect.stringMatching(
              /^visitedAt 2026-07-26T09:00:00\+02:00 is more than 120 days before the server received it.*coordinator can load it/,
            ),
          },
        ]);
      }
    });

    it('answers a retry or a void of a visit it holds whatever its age', async () => {
      const held = inTime();
      expect((await json<BatchAnswer>(await t.post({ visits: [held] }))).stored).toEqual([held.id]);
      clock = new Date(NOW.getTime() + 30 * 86_400_000);
      const again = await json<BatchAnswer>(await t.post({ visits: [{ ...held, voided: true }] }));
      expect(again).toMatchObject({ stored: [held.id], rejected: [] });
      expect((await list())[0]?.voided).toBe(true);
    });

    it('does not limit a coordinator loading a tablet’s file of unsent visits', async () => {
      const years = visit({ visitedAt: '2024-03-04T10:00:00+01:00' });
      const answer = await json<BatchAnswer>(await t.post({ visits: [years] }, COORDINATOR));
      expect(answer).toMatchObject({ stored: [years.id], rejected: [] });
    });
  });
});
