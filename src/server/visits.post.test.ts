import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../shared/api/errors';
import type { BatchAnswer } from '../shared/api/visits';
import { allVisits, json, testApp, visit, type TestApp } from './testing/testApp';
import { describeEngines } from './testing/engines';

describeEngines('the visit batches', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp({}, engine);
  });
  afterEach(() => t.close());

  describe('POST /api/v1/visits', () => {
    it('stores new visits and says so', async () => {
      const a = visit();
      const b = visit({ ageGroup: 'child', partyId: a.partyId });
      const response = await t.post({ visits: [a, b] });
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({
        stored: [a.id, b.id],
        rejected: [],
        serverTime: '2026-11-23T11:00:00.000Z',
        timeZone: 'Europe/Copenhagen',
      });
      expect(await allVisits(t.store)).toHaveLength(2);
    });

    it('stores nothing twice when a batch is sent again, and still lists it as stored', async () => {
      const batch = {
        visits: [visit(), visit(), visit({ kind: 'volunteer', country: null, municipality: null })],
      };
      const first = await json<BatchAnswer>(await t.post(batch));
      const second = await json<BatchAnswer>(await t.post(batch));
      expect(second).toEqual(first);
      expect(second.stored).toHaveLength(3);
      expect(await allVisits(t.store)).toHaveLength(3);
    });

    it('stores a visit as voided when it comes back voided', async () => {
      const v = visit();
      await t.post({ visits: [v] });
      const answer = await json<BatchAnswer>(await t.post({ visits: [{ ...v, voided: true }] }));
      expect(answer).toMatchObject({ stored: [v.id], rejected: [] });
      expect(await allVisits(t.store)).toEqual([
        expect.objectContaining({ id: v.id, voided: true }),
      ]);
    });

    it('stores the void of a visit it never saw as a voided visit, and it stays voided', async () => {
      const v = visit();
      expect(await json(await t.post({ visits: [{ ...v, voided: true }] }))).toMatchObject({
        stored: [v.id],
        rejected: [],
      });
      // A copy that would bring it back is a conflict: voiding is one-way.
      expect(await json(await t.post({ visits: [v] }))).toMatchObject({
        stored: [],
        rejected: [{ id: v.id, reason: 'conflict' }],
      });
      expect(await allVisits(t.store)).toEqual([
        expect.objectContaining({ id: v.id, voided: true }),
      ]);
    });

    it('rejects a changed record as a conflict and keeps the one it holds', async () => {
      const v = visit();
      await t.post({ visits: [v] });
      const changed = { ...v, country: 'IQ' };
      const answer = await json<BatchAnswer>(await t.post({ visits: [changed] }));
      expect(answer).toMatchObject({ stored: [], rejected: [{ id: v.id, reason: 'conflict' }] });
      expect(await t.store.visitsBetween('2026-11-23', '2026-11-23')).toEqual([
        expect.objectContaining({ id: v.id, country: 'TR' }),
      ]);
      // Voided and changed at once is still a conflict: only voided may change.
      const both = await json<BatchAnswer>(
        await t.post({ visits: [{ ...v, voided: true, deviceId: 'door-2' }] }),
      );
      expect(both.rejected).toEqual([{ id: v.id, reason: 'conflict' }]);
      expect(await allVisits(t.store)).toEqual([expect.objectContaining({ voided: false })]);
    });

    it('rejects invalid visits one by one, naming the field, and stores the rest', async () => {
      const good = visit();
      const badCountry = visit({ country: 'XX' });
      const badTime = visit({ visitedAt: '2026-11-23T09:10:00+01:00' });
      const future = visit({ visitedAt: '2026-11-25T09:15:00+01:00' });
      const noId = { ...visit(), id: 42 };
      const good2 = visit({ kind: 'volunteer', country: null, municipality: null });
      const answer = await json<BatchAnswer>(
        await t.post({ visits: [badCountry, good, badTime, 'hello', future, noId, good2] }),
      );
      expect(answer.stored).toEqual([good.id, good2.id]);
      expect(answer.rejected.map((r) => r.id)).toEqual([
        badCountry.id,
        badTime.id,
        null,
        future.id,
        null,
      ]);
      const reasons = answer.rejected.map((r) => r.reason);
      expect(reasons[0]).toMatch(/^country /);
      expect(reasons[1]).toMatch(/^visitedAt /);
      expect(reasons[2]).toMatch(/JSON object/);
      expect(reasons[3]).toMatch(/^visitedAt .*more than one day after the server's clock/);
      expect(reasons[4]).toMatch(/^id /);
      expect((await allVisits(t.store)).map((v) => v.id).sort()).toEqual(
        [good.id, good2.id].sort(),
      );
    });

    it('takes the same id twice in one request as if sent one after the other', async () => {
      const same = visit();
      const voided = visit();
      const clash = visit();
      const answer = await json<BatchAnswer>(
        await t.post({
          visits: [
            same,
            same,
            voided,
            { ...voided, voided: true },
            clash,
            { ...clash, ageGroup: 'child' },
          ],
        }),
      );
      expect(answer.stored).toEqual([same.id, voided.id, clash.id]);
      expect(answer.rejected).toEqual([{ id: clash.id, reason: 'conflict' }]);
      const held = await allVisits(t.store);
      expect(held).toHaveLength(3);
      expect(held.find((v) => v.id === voided.id)?.voided).toBe(true);
    });

    it('takes 1000 visits in one request and refuses 1001 without storing any', async () => {
      const thousand = Array.from({ length: 1000 }, () => visit());
      const ok = await t.post({ visits: thousand });
      expect(ok.status).toBe(200);
      expect((await json<BatchAnswer>(ok)).stored).toHaveLength(1000);

      const tooMany = Array.from({ length: 1001 }, () => visit());
      const refused = await t.post({ visits: tooMany });
      expect(refused.status).toBe(400);
      expect(await json(refused)).toEqual({
        error: expect.stringMatching(/1000/),
        code: 'too_many_visits',
      });
      expect(await allVisits(t.store)).toHaveLength(1000);
    });

    it.each([
      ['an array', [visit()]],
      ['null', null],
      ['a number', 7],
      ['an object without visits', { visit: [visit()] }],
      ['visits that is not an array', { visits: visit() }],
      ['no visits', { visits: [] }],
    ])('answers 400 for a body that is %s, storing nothing', async (_what, body) => {
      const response = await t.post(body);
      expect(response.status).toBe(400);
      const answer = await json<ErrorBody>(response);
      expect(answer.code).toBe('invalid_body');
      expect(answer.error).toMatch(/visits/);
      expect(await allVisits(t.store)).toHaveLength(0);
    });

    it('answers 400 for JSON that does not parse', async () => {
      const response = await t.app.request('/api/v1/visits', {
        method: 'POST',
        headers: {
          Authorization: `Bearer kiosk-token-for-tests-0123456789`,
          'Content-Type': 'application/json',
        },
        body: '{"visits": [',
      });
      expect(response.status).toBe(400);
      expect((await json<ErrorBody>(response)).code).toBe('invalid_json');
    });

    it('answers 415 when the body is not JSON, storing nothing', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
        const headers: Record<string, string> = {
          Authorization: 'Bearer kiosk-token-for-tests-0123456789',
        };
        if (type) headers['Content-Type'] = type;
        const response = await t.app.request('/api/v1/visits', {
          method: 'POST',
          headers,
          body: JSON.stringify({ visits: [visit()] }),
        });
        expect(response.status).toBe(415);
        expect((await json<ErrorBody>(response)).code).toBe('unsupported_media_type');
      }
      // The charset parameter is fine.
      const withCharset = await t.post(
        { visits: [visit()] },
        { 'Content-Type': 'application/json; charset=utf-8' },
      );
      expect(withCharset.status).toBe(200);
      expect(await allVisits(t.store)).toHaveLength(1);
    });

    it('answers 413 for a body over 1 MiB, storing nothing', async () => {
      // Valid visits padded out with a field the schema ignores, so only the size is wrong.
      const visits = Array.from({ length: 900 }, () => ({ ...visit(), padding: 'x'.repeat(1200) }));
      const body = JSON.stringify({ visits });
      expect(body.length).toBeGreaterThan(1024 * 1024);
      const response = await t.app.request('/api/v1/visits', {
        method: 'POST',
        headers: {
          Authorization: 'Bearer kiosk-token-for-tests-0123456789',
          'Content-Type': 'application/json',
        },
        body,
      });
      expect(response.status).toBe(413);
      expect((await json<ErrorBody>(response)).code).toBe('body_too_large');
      expect(await allVisits(t.store)).toHaveLength(0);
    });
  });
});
