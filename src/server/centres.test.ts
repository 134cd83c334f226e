// Centres on one server, against the real app on both engines: a server with two centres (the
// first, in Copenhagen, and "Nørrebro Hus" in New York's zone, so days and offsets differ), a
// coordinator token for each, one withdrawn, a tablet of each. Every route is asked with every
// kind of token, and nothing of one centre reaches a token that may not see it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Centre, CentreList, CentreTokenList, NewCentreToken } from '../shared/api/centres';
import type { DeviceList, PairAnswer, PairingCodeAnswer } from '../shared/api/devices';
import type { ErrorBody } from '../shared/api/errors';
import type { Report, ReportRow } from '../shared/api/report';
import type { DaySummary } from '../shared/api/summary';
import type { BatchAnswer, VisitList } from '../shared/api/visits';
import { FIRST_CENTRE_ID } from './store/centres';
import { describeEngines } from './testing/engines';
import { COORDINATOR, json, KIOSK, NOW, testApp, visit, type TestApp } from './testing/testApp';

const DAY = 'from=2026-11-23&to=2026-11-23';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describeEngines('centres', (engine) => {
  let t: TestApp;
  let b: Centre;
  let tokenA: string;
  let tokenB: string;
  let withdrawn: string;
  let tabletA: PairAnswer;
  let tabletB: PairAnswer;
  let idsA: string[];
  let idsB: string[];

  function send(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    return Promise.resolve(
      t.app.request(`/api/v1${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
    );
  }

  async function ok<T>(response: Response, status = 200): Promise<T> {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    return JSON.parse(text) as T;
  }

  async function refused(response: Response, status: number, code: string): Promise<void> {
    expect(response.status).toBe(status);
    expect((await json<ErrorBody>(response)).code).toBe(code);
  }

  async function pairTo(centre: string, name: string): Promise<PairAnswer> {
    const code = await ok<PairingCodeAnswer>(
      await send('/pairing-codes', { body: { centre }, headers: COORDINATOR }),
      201,
    );
    return ok<PairAnswer>(await send('/pair', { body: { code: code.code, name } }), 201);
  }

  async function sendVisits(token: string, visits: unknown[]): Promise<BatchAnswer> {
    return ok<BatchAnswer>(await send('/visits', { body: { visits }, headers: bearer(token) }));
  }

  const newToken = async (centre: string, label: string) =>
    ok<NewCentreToken>(
      await send(`/centres/${centre}/coordinator-tokens`, {
        body: { label },
        headers: COORDINATOR,
      }),
      201,
    );

  beforeEach(async () => {
    t = await testApp({ now: () => NOW }, engine);
    b = await ok<Centre>(
      await send('/centres', {
        body: { name: 'Nørrebro Hus', timeZone: 'America/New_York', featuredCountries: ['IQ'] },
        headers: COORDINATOR,
      }),
      201,
    );
    tokenA = (await newToken(FIRST_CENTRE_ID, 'Leader A')).token;
    tokenB = (await newToken(b.id, 'Leader B')).token;
    const old = await newToken(b.id, 'Old leader B');
    withdrawn = old.token;
    await ok(
      await send(`/centres/${b.id}/coordinator-tokens/${old.id}/revoke`, {
        method: 'POST',
        headers: COORDINATOR,
      }),
    );
    tabletA = await pairTo(FIRST_CENTRE_ID, 'door-a');
    tabletB = await pairTo(b.id, 'door-b');
    const a = await sendVisits(tabletA.token, [
      visit({ country: 'TR' }),
      visit({ country: 'TR' }),
      visit({ country: 'TR', ageGroup: 'child' }),
      visit({ country: 'SY', municipality: '101' }),
    ]);
    const atB = '2026-11-23T09:15:00-05:00';
    const bAnswer = await sendVisits(tabletB.token, [
      visit({ country: 'IQ', visitedAt: atB, municipality: '101' }),
      visit({ country: 'TR', visitedAt: atB, ageGroup: 'child' }),
      visit({ visitedAt: atB, kind: 'volunteer', country: null, municipality: null }),
    ]);
    idsA = a.stored;
    idsB = bAnswer.stored;
    expect([idsA.length, idsB.length]).toEqual([4, 3]);
  });
  afterEach(() => t.close());

  describe('the report', () => {
    const report = async (token: Record<string, string>, query = '') =>
      ok<Report>(await send(`/report?${DAY}${query}`, { headers: token }));
    const totals = (r: Report) => r.totals;

    it('shows each token its own centre, the municipality every centre or the one it asks for', async () => {
      const a = await report(bearer(tokenA));
      const bb = await report(bearer(tokenB));
      expect(totals(a)).toEqual({ adults: 3, children: 1, visits: 4, volunteers: 0 });
      expect(totals(bb)).toEqual({ adults: 1, children: 1, visits: 2, volunteers: 1 });
      expect(await report(bearer(tokenA), `&centre=${FIRST_CENTRE_ID}`)).toEqual(a);
      expect(await report(COORDINATOR, `&centre=${FIRST_CENTRE_ID}`)).toEqual(a);
      expect(await report(COORDINATOR, `&centre=${b.id}`)).toEqual(bb);
      expect(totals(await report(COORDINATOR))).toEqual({
        adults: 4,
        children: 2,
        visits: 6,
        volunteers: 1,
      });
    });

    it('refuses another centre (403 whether it exists or not), an unknown one, a withdrawn token and kiosks', async () => {
      const ask = (token: Record<string, string>, query = '') =>
        send(`/report?${DAY}${query}`, { headers: token });
      await refused(await ask(bearer(tokenA), `&centre=${b.id}`), 403, 'forbidden');
      await refused(await ask(bearer(tokenB), `&centre=${FIRST_CENTRE_ID}`), 403, 'forbidden');
      const unknown = '6f1c2b1e-0c1d-4c55-9a55-6c0e5f7a1b2c';
      await refused(await ask(bearer(tokenA), `&centre=${unknown}`), 403, 'forbidden');
      await refused(await ask(COORDINATOR, `&centre=${unknown}`), 404, 'not_found');
      await refused(await ask(bearer(withdrawn)), 401, 'token_revoked');
      await refused(await ask(bearer(tabletA.token)), 403, 'forbidden');
      await refused(await ask(KIOSK), 403, 'forbidden');
      await refused(await ask({}), 401, 'unauthorized');
    });

    for (const table of ['countries', 'municipalities'] as const) {
      it(`adds up to the sum of the centres' reports (${table}, JSON and CSV)`, async () => {
        const query = `&table=${table}`;
        const all = await report(COORDINATOR, query);
        const parts = [
          await report(COORDINATOR, `${query}&centre=${FIRST_CENTRE_ID}`),
          await report(COORDINATOR, `${query}&centre=${b.id}`),
        ];
        const byKey = (rows: ReportRow[]) => new Map(rows.map((row) => [row.key, row]));
        const keys = new Set(parts.flatMap((part) => part.rows.map((row) => row.key)));
        const allRows = byKey(all.rows);
        for (const key of keys) {
          const [x, y] = parts.map((part) => byKey(part.rows).get(key));
          expect(allRows.get(key), String(key)).toMatchObject({
            adults: (x?.adults ?? 0) + (y?.adults ?? 0),
            children: (x?.children ?? 0) + (y?.children ?? 0),
          });
        }
        for (const field of ['adults', 'children', 'visits', 'volunteers'] as const) {
          expect(all.totals[field]).toBe(
            (parts[0]?.totals[field] ?? 0) + (parts[1]?.totals[field] ?? 0),
          );
        }

        const csv = async (centre: string) => {
          const response = await send(`/report?${DAY}${query}&format=csv${centre}`, {
            headers: COORDINATOR,
          });
          expect(response.status).toBe(200);
          const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
          return new Map(lines.map((line) => [line.split(';')[0], line.split(';').slice(1)]));
        };
        const [allCsv, aCsv, bCsv] = [
          await csv(''),
          await csv(`&centre=${FIRST_CENTRE_ID}`),
          await csv(`&centre=${b.id}`),
        ];
        let summed = 0;
        for (const [first, cells] of allCsv) {
          const [x, y] = [aCsv.get(first), bCsv.get(first)];
          cells.forEach((cell, i) => {
            if (!/^\d+$/.test(cell)) return;
            const part = (row: string[] | undefined) => Number(row?.[i] ?? 0) || 0;
            expect(Number(cell), `${first} ${i}`).toBe(part(x) + part(y));
            summed += 1;
          });
        }
        expect(summed).toBeGreaterThan(0);
      });
    }
  });

  describe('the visit log', () => {
    const log = async (token: Record<string, string>, query = '') =>
      ok<VisitList>(await send(`/visits?${DAY}${query}`, { headers: token }));

    it('gives a centre its own visits, and the municipality every visit with its centre first', async () => {
      const a = await log(bearer(tokenA));
      expect(a.visits.map((v) => v.id).sort()).toEqual([...idsA].sort());
      expect(a.visits[0]).not.toHaveProperty('centre');
      const bb = await log(bearer(tokenB));
      expect(bb.visits.map((v) => v.id).sort()).toEqual([...idsB].sort());
      expect(await log(COORDINATOR, `&centre=${b.id}`)).toEqual(bb);

      const all = await log(COORDINATOR);
      expect(all.visits).toHaveLength(7);
      for (const row of all.visits) {
        expect(Object.keys(row)[0]).toBe('centre');
        expect((row as { centre?: string }).centre).toBe(
          idsA.includes(row.id) ? 'Velkommen' : 'Nørrebro Hus',
        );
      }
      await refused(
        await send(`/visits?${DAY}&centre=${FIRST_CENTRE_ID}`, { headers: bearer(tokenB) }),
        403,
        'forbidden',
      );
      await refused(
        await send(`/visits?${DAY}`, { headers: bearer(tabletB.token) }),
        403,
        'forbidden',
      );
      await refused(
        await send(`/visits?${DAY}`, { headers: bearer(withdrawn) }),
        401,
        'token_revoked',
      );
    });

    it('names the centre in the first column of the CSV, "center" in Danish', async () => {
      const csv = async (token: Record<string, string>, query: string) =>
        (await send(`/visits?${DAY}&format=csv${query}`, { headers: token })).text();
      const all = (await csv(COORDINATOR, '')).replace(/^\uFEFF/, '').split('\r\n');
      expect(all[0]?.startsWith('centre;')).toBe(true);
      expect(all.filter((line) => line.startsWith('Nørrebro Hus;'))).toHaveLength(3);
      expect(all.filter((line) => line.startsWith('Velkommen;'))).toHaveLength(4);
      const danish = await csv(COORDINATOR, '&lang=da');
      expect(danish.replace(/^\uFEFF/, '').startsWith('center;')).toBe(true);
      const own = await csv(bearer(tokenB), '');
      expect(own).not.toContain('centre');
      expect(own).not.toContain(idsA[0]);
      expect(own).toContain(idsB[0]);
    });
  });

  describe('the day’s summary', () => {
    const summary = async (token: Record<string, string>, query = '') =>
      ok<DaySummary & { timeZone: string }>(await send(`/summary${query}`, { headers: token }));

    it('shows a tablet its own centre’s day in its zone; the shared kiosk token the first centre', async () => {
      const a = await summary(bearer(tabletA.token));
      const bb = await summary(bearer(tabletB.token));
      expect([a.visits, a.timeZone]).toEqual([4, 'Europe/Copenhagen']);
      expect([bb.visits, bb.volunteers, bb.timeZone]).toEqual([2, 1, 'America/New_York']);
      // A tablet cannot ask for another centre's day.
      expect((await summary(bearer(tabletA.token), `?centre=${b.id}`)).visits).toBe(4);
      expect((await summary(KIOSK)).visits).toBe(4);
      expect((await summary(bearer(tokenB))).visits).toBe(2);
      expect((await summary(COORDINATOR)).visits).toBe(6);
      expect((await summary(COORDINATOR, `?centre=${b.id}`)).timeZone).toBe('America/New_York');
      await refused(
        await send(`/summary?centre=${b.id}`, { headers: bearer(tokenA) }),
        403,
        'forbidden',
      );
      await refused(await send('/summary', { headers: bearer(withdrawn) }), 401, 'token_revoked');
    });
  });

  describe('visits sent', () => {
    it('go to the sender’s centre, judged in its zone; a visit held by another centre is a conflict', async () => {
      // Copenhagen's offset is not New York's: tablet B's clock would be wrong.
      const wrongZone = await sendVisits(tabletB.token, [visit()]);
      expect(wrongZone.stored).toEqual([]);
      expect(wrongZone.rejected).toHaveLength(1);
      const [held] = (
        await ok<VisitList>(await send(`/visits?${DAY}`, { headers: bearer(tokenA) }))
      ).visits;
      const again = await sendVisits(tokenB, [
        {
          ...held,
          visitedAt: '2026-11-23T09:15:00-05:00',
          receivedAt: undefined,
          device: undefined,
        },
      ]);
      expect(again.rejected).toHaveLength(1);
      const copy = await sendVisits(tabletA.token, [
        { ...held, receivedAt: undefined, device: undefined },
      ]);
      expect(copy.stored).toEqual([held?.id]);
      const sameId = await sendVisits(tokenB, [
        visit({ id: held?.id, visitedAt: '2026-11-23T09:15:00-05:00' }),
      ]);
      expect(sameId.rejected.map((r) => r.id)).toEqual([held?.id]);
      expect(
        (await ok<Report>(await send(`/report?${DAY}`, { headers: COORDINATOR }))).totals.visits,
      ).toBe(6);
    });

    it('from the municipality need the centre when there are several', async () => {
      const body = { visits: [visit({ visitedAt: '2026-11-23T10:00:00-05:00' })] };
      await refused(await send('/visits', { body, headers: COORDINATOR }), 400, 'centre_required');
      await ok(await send(`/visits?centre=${b.id}`, { body, headers: COORDINATOR }));
      await refused(
        await send(`/visits?centre=${b.id}`, { body, headers: bearer(tokenA) }),
        403,
        'forbidden',
      );
      expect(
        (await ok<Report>(await send(`/report?${DAY}`, { headers: bearer(tokenB) }))).totals.visits,
      ).toBe(3);
    });
  });

  describe('tablets and pairing', () => {
    it('lists each centre its own tablets; revoking another centre’s tablet is a 404', async () => {
      const all = await ok<DeviceList>(await send('/devices', { headers: COORDINATOR }));
      expect(all.devices.map((d) => [d.name, d.centreId])).toEqual([
        ['door-a', FIRST_CENTRE_ID],
        ['door-b', b.id],
      ]);
      const own = await ok<DeviceList>(await send('/devices', { headers: bearer(tokenA) }));
      expect(own.devices.map((d) => d.name)).toEqual(['door-a']);
      const onlyB = await ok<DeviceList>(
        await send(`/devices?centre=${b.id}`, { headers: COORDINATOR }),
      );
      expect(onlyB.devices.map((d) => d.name)).toEqual(['door-b']);
      const revoke = (id: string, token: Record<string, string>) =>
        send(`/devices/${id}/revoke`, { method: 'POST', headers: token });
      await refused(await revoke(tabletB.deviceId, bearer(tokenA)), 404, 'not_found');
      expect(
        (await ok<DeviceList>(await send('/devices', { headers: COORDINATOR }))).devices.every(
          (d) => d.revokedAt === null,
        ),
      ).toBe(true);
      await ok(await revoke(tabletB.deviceId, bearer(tokenB)));
      await refused(await revoke(tabletA.deviceId, bearer(withdrawn)), 401, 'token_revoked');
      await refused(await revoke(tabletA.deviceId, KIOSK), 403, 'forbidden');
    });

    it('makes codes for a centre; the pair answer carries the centre and its zone', async () => {
      expect(tabletB.timeZone).toBe('America/New_York');
      expect(tabletB.centre).toEqual({
        id: b.id,
        name: 'Nørrebro Hus',
        featuredCountries: ['IQ'],
        featuredMunicipalities: [],
      });
      expect(tabletA.centre?.id).toBe(FIRST_CENTRE_ID);
      await refused(
        await send('/pairing-codes', { body: {}, headers: COORDINATOR }),
        400,
        'centre_required',
      );
      await refused(
        await send('/pairing-codes', { body: { centre: b.id }, headers: bearer(tokenA) }),
        403,
        'forbidden',
      );
      const own = await ok<PairingCodeAnswer>(
        await send('/pairing-codes', { body: {}, headers: bearer(tokenB) }),
        201,
      );
      const paired = await ok<PairAnswer>(
        await send('/pair', { body: { code: own.code, name: 'hall-b' } }),
        201,
      );
      expect(paired.centre?.id).toBe(b.id);
      await refused(await send('/pairing-codes', { body: {}, headers: KIOSK }), 403, 'forbidden');
    });
  });

  describe('managing centres', () => {
    it('lists every centre for the municipality and its own for a centre; kiosks get 403', async () => {
      const all = await ok<CentreList>(await send('/centres', { headers: COORDINATOR }));
      expect(all.role).toBe('municipality');
      expect(all.centres.map((c) => c.name)).toEqual(['Nørrebro Hus', 'Velkommen']);
      const own = await ok<CentreList>(await send('/centres', { headers: bearer(tokenB) }));
      expect(own).toEqual({ role: 'centre', centres: [b] });
      await refused(await send('/centres', { headers: bearer(tabletA.token) }), 403, 'forbidden');
      await refused(await send('/centres', { headers: KIOSK }), 403, 'forbidden');
      await refused(await send('/centres', { headers: bearer(withdrawn) }), 401, 'token_revoked');
      await refused(await send('/centres'), 401, 'unauthorized');
    });

    it('lets only the municipality add, change and hand out tokens', async () => {
      const body = { name: 'Amager Hus', timeZone: 'Europe/Copenhagen' };
      await refused(await send('/centres', { body, headers: bearer(tokenA) }), 403, 'forbidden');
      await refused(
        await send('/centres', {
          body: { name: 'nørrebro hus', timeZone: 'UTC' },
          headers: COORDINATOR,
        }),
        409,
        'centre_exists',
      );
      await refused(
        await send('/centres', {
          body: { name: 'X', timeZone: 'Mars/Olympus' },
          headers: COORDINATOR,
        }),
        400,
        'invalid_body',
      );
      const patch = (id: string, change: unknown, token: Record<string, string>) =>
        send(`/centres/${id}`, { method: 'PATCH', body: change, headers: token });
      await refused(await patch(b.id, { name: 'Mine' }, bearer(tokenB)), 403, 'forbidden');
      await refused(await patch(b.id, { name: 'velkommen' }, COORDINATOR), 409, 'centre_exists');
      const renamed = await ok<Centre>(await patch(b.id, { name: 'Nørrebro' }, COORDINATOR));
      expect(renamed.name).toBe('Nørrebro');
      for (const token of [bearer(tokenA), bearer(tokenB), KIOSK, bearer(tabletB.token)]) {
        expect((await send(`/centres/${b.id}/coordinator-tokens`, { headers: token })).status).toBe(
          403,
        );
      }
      const listed = await ok<CentreTokenList>(
        await send(`/centres/${b.id}/coordinator-tokens`, { headers: COORDINATOR }),
      );
      expect(listed.tokens.map((token) => [token.label, token.revokedAt !== null])).toEqual(
        expect.arrayContaining([
          ['Leader B', false],
          ['Old leader B', true],
        ]),
      );
      expect(JSON.stringify(listed)).not.toContain(tokenB);
      // A token of one centre is not withdrawn through another.
      const [first] = listed.tokens;
      await refused(
        await send(`/centres/${FIRST_CENTRE_ID}/coordinator-tokens/${first?.id}/revoke`, {
          method: 'POST',
          headers: COORDINATOR,
        }),
        404,
        'not_found',
      );
    });

    it('moves a centre’s days with its new zone', async () => {
      const moved = await send(`/centres/${b.id}`, {
        method: 'PATCH',
        body: { timeZone: 'Pacific/Kiritimati' },
        headers: COORDINATOR,
      });
      expect(moved.status).toBe(200);
      // 14:15 UTC is the next morning on Kiritimati (UTC+14).
      const next = await ok<Report>(
        await send(`/report?from=2026-11-24&to=2026-11-24&centre=${b.id}`, {
          headers: COORDINATOR,
        }),
      );
      expect(next.totals.visits).toBe(2);
    });
  });
});
