// Devices and pairing against the real app on a real SQLite file: one-time codes, a key for each
// tablet, its status in the coordinator's list, withdrawing one tablet, and limits per device.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Device, DeviceList, PairAnswer, PairingCodeAnswer } from '../shared/api/devices';
import { PAIRING_CODE } from '../shared/api/devices';
import { PAIR_PARAM, readPairingPayload } from '../shared/api/pairing';
import type { ErrorBody } from '../shared/api/errors';
import type { BatchAnswer } from '../shared/api/visits';
import { COORDINATOR, json, KIOSK, NOW, testApp, visit, type TestApp } from './testing/testApp';
import { describeEngines } from './testing/engines';

describeEngines('devices', (engine) => {
  let t: TestApp;
  let clock: Date;
  beforeEach(async () => {
    clock = NOW;
    t = await testApp({ now: () => clock, publicUrl: 'https://velkommen.example.dk' }, engine);
  });
  afterEach(() => t.close());

  /** The environment @hono/node-server gives a request from `address`. */
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

  function send(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
    address = '192.0.2.10',
  ): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    return Promise.resolve(
      t.app.request(
        `/api/v1${path}`,
        {
          method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
          headers,
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        },
        from(address),
      ),
    );
  }

  async function newCode(body: unknown = {}): Promise<PairingCodeAnswer> {
    const response = await send('/pairing-codes', { body, headers: COORDINATOR });
    expect(response.status).toBe(201);
    return json<PairingCodeAnswer>(response);
  }

  async function pair(name: string, address?: string): Promise<PairAnswer> {
    const { code } = await newCode();
    const response = await send('/pair', { body: { code, name } }, address);
    expect(response.status).toBe(201);
    return json<PairAnswer>(response);
  }

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function devices(): Promise<Device[]> {
    const response = await send('/devices', { headers: COORDINATOR });
    expect(response.status).toBe(200);
    return (await json<DeviceList>(response)).devices;
  }

  async function errorOf(response: Response): Promise<ErrorBody> {
    return json<ErrorBody>(response);
  }

  describe('POST /api/v1/pairing-codes', () => {
    it('makes a code that lasts a day, in a link to the public address carrying the code', async () => {
      const answer = await newCode();
      expect(answer.code).toMatch(PAIRING_CODE);
      expect(answer.expiresAt).toBe('2026-11-24T11:00:00.000Z');
      expect(answer.link.startsWith(`https://velkommen.example.dk/#${PAIR_PARAM}=`)).toBe(true);
      const read = readPairingPayload(answer.link.split(`#${PAIR_PARAM}=`)[1] ?? '');
      expect(read).toEqual({
        ok: true,
        payload: { endpoint: 'https://velkommen.example.dk', code: answer.code },
      });
    });

    it('takes 1 to 168 hours and refuses anything else, and the kiosk token', async () => {
      expect((await newCode({ expiresInHours: 168 })).expiresAt).toBe('2026-11-30T11:00:00.000Z');
      expect((await newCode({ expiresInHours: 1 })).expiresAt).toBe('2026-11-23T12:00:00.000Z');
      for (const body of [
        { expiresInHours: 0 },
        { expiresInHours: 169 },
        { expiresInHours: 1.5 },
        [],
      ]) {
        const response = await send('/pairing-codes', { body, headers: COORDINATOR });
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect((await errorOf(response)).code).toBe('invalid_body');
      }
      expect((await send('/pairing-codes', { body: {}, headers: KIOSK })).status).toBe(403);
      expect((await send('/pairing-codes', { body: {} })).status).toBe(401);
    });
  });

  describe('POST /api/v1/pair', () => {
    it('gives a tablet its own key, its id and the centre’s zone; the key sends visits', async () => {
      const paired = await pair('door-1');
      expect(paired).toEqual({
        deviceId: expect.stringMatching(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        ),
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        name: 'door-1',
        timeZone: 'Europe/Copenhagen',
      });
      const sent = await t.post({ visits: [visit()] }, bearer(paired.token));
      expect(sent.status).toBe(200);
      expect((await json<BatchAnswer>(sent)).stored).toHaveLength(1);
      // The key is a tablet's: it may not read the visit list.
      expect(
        (await t.get('/api/v1/visits?from=2026-11-23&to=2026-11-23', bearer(paired.token))).status,
      ).toBe(403);
    });

    it('pairs once with a code; a used, expired, unknown or mistyped code answers 401', async () => {
      const { code } = await newCode();
      // Typed by hand: small letters and no hyphens are the same code.
      const typed = code.replace(/-/g, '').toLowerCase();
      expect((await send('/pair', { body: { code: typed, name: 'door-1' } })).status).toBe(201);
      const again = await send('/pair', { body: { code, name: 'door-2' } });
      expect(again.status).toBe(401);
      expect((await errorOf(again)).code).toBe('invalid_pairing_code');

      const unknown = await send('/pair', { body: { code: 'AAAA-BBBB-CCCC-DDDD', name: 'x' } });
      expect(unknown.status).toBe(401);
      expect((await errorOf(unknown)).code).toBe('invalid_pairing_code');

      const short = await newCode({ expiresInHours: 1 });
      clock = new Date(NOW.getTime() + 3_600_000);
      const expired = await send('/pair', { body: { code: short.code, name: 'x' } });
      expect(expired.status).toBe(401);
      expect((await errorOf(expired)).code).toBe('invalid_pairing_code');
      expect((await devices()).map((d) => d.name)).toEqual(['door-1']);
    });

    it('pairs one of two tablets sending the same code at once', async () => {
      const { code } = await newCode();
      const answers = await Promise.all(
        ['a', 'b', 'c'].map((name) => send('/pair', { body: { code, name } })),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([201, 401, 401]);
    });

    it('refuses a name that is not a tablet name, and pairs nothing', async () => {
      const { code } = await newCode();
      for (const name of ['', ' ', 'x'.repeat(65), 'line\nbreak', 42]) {
        const response = await send('/pair', { body: { code, name } });
        expect(response.status, JSON.stringify(name)).toBe(400);
      }
      expect((await send('/pair', { body: { code, name: 'door-1' } })).status).toBe(201);
    });

    it('limits tries per client address, not for everyone', async () => {
      const limited = await testApp({ pairingTriesPerHour: 3 }, engine);
      try {
        const tryPair = (address: string) =>
          limited.app.request(
            '/api/v1/pair',
            {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ code: 'AAAA-BBBB-CCCC-DDDD', name: 'x' }),
            },
            from(address),
          );
        for (let i = 0; i < 3; i++) expect((await tryPair('198.51.100.1')).status).toBe(401);
        const refused = await tryPair('198.51.100.1');
        expect(refused.status).toBe(429);
        expect((await errorOf(refused)).code).toBe('rate_limited');
        expect((await tryPair('198.51.100.2')).status).toBe(401);
      } finally {
        await limited.close();
      }
    });

    it('gives a tablet holding the shared kiosk token a key of its own without a code', async () => {
      const response = await send('/pair', { body: { name: 'hall' }, headers: KIOSK });
      expect(response.status).toBe(201);
      expect((await json<PairAnswer>(response)).name).toBe('hall');
      const noToken = await send('/pair', { body: { name: 'hall' } });
      expect(noToken.status).toBe(401);
      expect((await errorOf(noToken)).code).toBe('invalid_pairing_code');
      const coordinator = await send('/pair', { body: { name: 'hall' }, headers: COORDINATOR });
      expect(coordinator.status).toBe(401);
    });
  });

  describe('the tablets list and status reports', () => {
    it('lists each tablet with when it was paired, and nothing reported yet', async () => {
      const paired = await pair('door-1');
      expect(await devices()).toEqual([
        {
          id: paired.deviceId,
          name: 'door-1',
          pairedAt: NOW.toISOString(),
          lastSeenAt: null,
          appVersion: null,
          waiting: null,
          oldestWaitingAt: null,
          clockOffsetSeconds: null,
          revokedAt: null,
        },
      ]);
    });

    it('keeps what the tablet last reported, with its clock ahead as a positive offset', async () => {
      const paired = await pair('door-1');
      clock = new Date(NOW.getTime() + 60_000);
      const report = await send('/devices/me/status', {
        headers: bearer(paired.token),
        body: {
          appVersion: '0.1.0',
          waiting: 3,
          oldestWaitingAt: '2026-11-23T09:15:00+01:00',
          clock: '2026-11-23T11:03:30Z',
        },
      });
      expect(report.status).toBe(200);
      expect(await json(report)).toEqual({
        serverTime: '2026-11-23T11:01:00.000Z',
        timeZone: 'Europe/Copenhagen',
      });
      const [device] = await devices();
      expect(device).toMatchObject({
        lastSeenAt: '2026-11-23T11:01:00.000Z',
        appVersion: '0.1.0',
        waiting: 3,
        oldestWaitingAt: '2026-11-23T08:15:00.000Z',
        clockOffsetSeconds: 150,
      });

      // A tablet whose clock is behind, its outbox now empty.
      await send('/devices/me/status', {
        headers: bearer(paired.token),
        body: {
          appVersion: '0.1.1',
          waiting: 0,
          oldestWaitingAt: null,
          clock: '2026-11-23T10:56:00Z',
        },
      });
      expect((await devices())[0]).toMatchObject({
        appVersion: '0.1.1',
        waiting: 0,
        oldestWaitingAt: null,
        clockOffsetSeconds: -300,
      });
    });

    it('takes a new name the tablet reports, and keeps the old one when it sends none', async () => {
      const paired = await pair('door-1');
      const status = {
        appVersion: '0.1.0',
        waiting: 0,
        oldestWaitingAt: null,
        clock: NOW.toISOString(),
      };
      const renamed = await send('/devices/me/status', {
        headers: bearer(paired.token),
        body: { ...status, name: 'Reception' },
      });
      expect(renamed.status).toBe(200);
      expect((await devices())[0]?.name).toBe('Reception');
      await send('/devices/me/status', { headers: bearer(paired.token), body: status });
      expect((await devices())[0]?.name).toBe('Reception');

      const hidden = await send('/devices/me/status', {
        headers: bearer(paired.token),
        body: { ...status, name: 'door\u202e1' },
      });
      expect(hidden.status).toBe(400);
      expect((await devices())[0]?.name).toBe('Reception');
    });

    it('refuses a malformed report, and one without a key of its own', async () => {
      const paired = await pair('door-1');
      for (const body of [
        { appVersion: '0.1.0', waiting: -1, oldestWaitingAt: null, clock: NOW.toISOString() },
        { appVersion: '0.1.0', waiting: 1, oldestWaitingAt: 'yesterday', clock: NOW.toISOString() },
        { appVersion: '0.1.0', waiting: 1, oldestWaitingAt: null },
        { appVersion: '', waiting: 1, oldestWaitingAt: null, clock: NOW.toISOString() },
      ]) {
        const response = await send('/devices/me/status', { headers: bearer(paired.token), body });
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect((await errorOf(response)).code).toBe('invalid_body');
      }
      const good = {
        appVersion: '0.1.0',
        waiting: 0,
        oldestWaitingAt: null,
        clock: NOW.toISOString(),
      };
      expect((await send('/devices/me/status', { headers: KIOSK, body: good })).status).toBe(403);
      expect((await send('/devices/me/status', { headers: COORDINATOR, body: good })).status).toBe(
        403,
      );
      expect((await devices())[0]?.appVersion).toBeNull();
    });

    it('notes when a tablet was last heard from on any request with its key', async () => {
      const paired = await pair('door-1');
      clock = new Date(NOW.getTime() + 5 * 60_000);
      await t.post({ visits: [visit()] }, bearer(paired.token));
      expect((await devices())[0]?.lastSeenAt).toBe('2026-11-23T11:05:00.000Z');
    });
  });

  describe('last-seen times', () => {
    it('keeps when every tablet of a burst was last heard from, through a stop right after', async () => {
      const tablets = await Promise.all(['door-1', 'door-2', 'hall'].map((name) => pair(name)));
      clock = new Date(NOW.getTime() + 7 * 60_000);
      const answers = await Promise.all(
        tablets.map((tablet) => t.post({ visits: [visit()] }, bearer(tablet.token))),
      );
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      await t.store.close();
      const reopened = await t.place.open();
      try {
        expect(
          (await reopened.devices.list()).map((device) => [device.name, device.lastSeenAt]),
        ).toEqual([
          ['door-1', '2026-11-23T11:07:00.000Z'],
          ['door-2', '2026-11-23T11:07:00.000Z'],
          ['hall', '2026-11-23T11:07:00.000Z'],
        ]);
      } finally {
        await reopened.close();
      }
    });
  });

  describe('POST /api/v1/devices/{id}/revoke', () => {
    it('withdraws one tablet: its key answers token_revoked, the others and the shared token work', async () => {
      const door = await pair('door-1');
      const hall = await pair('hall');
      const response = await send(`/devices/${door.deviceId}/revoke`, {
        method: 'POST',
        headers: COORDINATOR,
      });
      expect(response.status).toBe(200);
      expect(await json<Device>(response)).toMatchObject({
        id: door.deviceId,
        name: 'door-1',
        revokedAt: NOW.toISOString(),
      });

      const refused = await t.post({ visits: [visit()] }, bearer(door.token));
      expect(refused.status).toBe(401);
      const body = await errorOf(refused);
      expect(body.code).toBe('token_revoked');
      expect(body.error).toContain('pair it again');
      expect((await t.post({ visits: [visit()] }, bearer(hall.token))).status).toBe(200);
      expect((await t.post({ visits: [visit()] }, KIOSK)).status).toBe(200);
      // Listed still, withdrawn last.
      expect((await devices()).map((d) => [d.name, d.revokedAt])).toEqual([
        ['hall', null],
        ['door-1', NOW.toISOString()],
      ]);
    });

    it('answers 404 for an unknown device and 403 for a tablet', async () => {
      const door = await pair('door-1');
      const unknown = await send('/devices/00000000-0000-4000-8000-000000000000/revoke', {
        method: 'POST',
        headers: COORDINATOR,
      });
      expect(unknown.status).toBe(404);
      const byTablet = await send(`/devices/${door.deviceId}/revoke`, {
        method: 'POST',
        headers: bearer(door.token),
      });
      expect(byTablet.status).toBe(403);
      expect((await devices())[0]?.revokedAt).toBeNull();
    });
  });

  describe('the request log', () => {
    it('names routes by their pattern: no code, key or device id in it', async () => {
      const { code } = await newCode();
      const paired = await send('/pair', { body: { code, name: 'door-1' } });
      const { token, deviceId } = await json<PairAnswer>(paired);
      await send('/devices/me/status', {
        headers: bearer(token),
        body: { appVersion: '0.1.0', waiting: 0, oldestWaitingAt: null, clock: NOW.toISOString() },
      });
      await send(`/devices/${deviceId}/revoke`, { method: 'POST', headers: COORDINATOR });
      expect(t.logs).toEqual([
        expect.stringMatching(/^POST \/api\/v1\/pairing-codes 201 \d+ms$/),
        expect.stringMatching(/^POST \/api\/v1\/pair 201 \d+ms$/),
        expect.stringMatching(/^POST \/api\/v1\/devices\/me\/status 200 \d+ms$/),
        expect.stringMatching(/^POST \/api\/v1\/devices\/:id\/revoke 200 \d+ms$/),
      ]);
      const log = t.logs.join('\n');
      for (const secret of [code, code.replace(/-/g, ''), token, deviceId]) {
        expect(log).not.toContain(secret);
      }
    });
  });

  describe('rate limits', () => {
    it('count per device: one tablet in a retry loop never slows another', async () => {
      const limited = await testApp({ rateLimitPerMinute: 5 }, engine);
      try {
        const pairOn = async (name: string) => {
          const code = await limited.app.request('/api/v1/pairing-codes', {
            method: 'POST',
            headers: { ...COORDINATOR, 'Content-Type': 'application/json' },
            body: '{}',
          });
          const { code: c } = await json<PairingCodeAnswer>(code);
          const paired = await limited.app.request('/api/v1/pair', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ code: c, name }),
          });
          return json<PairAnswer>(paired);
        };
        const a = await pairOn('a');
        const b = await pairOn('b');
        // Both tablets behind one address (the centre's router, or a reverse proxy).
        const post = (token: string) =>
          limited.app.request(
            '/api/v1/visits',
            {
              method: 'POST',
              headers: { ...bearer(token), 'Content-Type': 'application/json' },
              body: JSON.stringify({ visits: [visit()] }),
            },
            from('10.0.0.1'),
          );
        for (let i = 0; i < 5; i++) expect((await post(a.token)).status).toBe(200);
        expect((await post(a.token)).status).toBe(429);
        for (let i = 0; i < 5; i++) expect((await post(b.token)).status).toBe(200);
        const summary = await limited.app.request(
          '/api/v1/summary',
          { headers: bearer(b.token) },
          from('10.0.0.1'),
        );
        expect(summary.status).toBe(429);
        expect((await post(a.token)).status).toBe(429);
      } finally {
        await limited.close();
      }
    });

    it('count the shared kiosk token per client address', async () => {
      const limited = await testApp({ rateLimitPerMinute: 2 }, engine);
      try {
        const post = (address: string) =>
          limited.app.request(
            '/api/v1/visits',
            {
              method: 'POST',
              headers: { ...KIOSK, 'Content-Type': 'application/json' },
              body: JSON.stringify({ visits: [visit()] }),
            },
            from(address),
          );
        expect((await post('10.0.0.1')).status).toBe(200);
        expect((await post('10.0.0.1')).status).toBe(200);
        expect((await post('10.0.0.1')).status).toBe(429);
        expect((await post('10.0.0.2')).status).toBe(200);
      } finally {
        await limited.close();
      }
    });

    it('count each client behind a trusted reverse proxy apart, and only a trusted one', async () => {
      const limited = await testApp(
        { rateLimitPerMinute: 1, trustedProxies: ['127.0.0.1'] },
        engine,
      );
      try {
        const post = (proxy: string, client: string) =>
          limited.app.request(
            '/api/v1/visits',
            {
              method: 'POST',
              headers: { ...KIOSK, 'Content-Type': 'application/json', 'X-Forwarded-For': client },
              body: JSON.stringify({ visits: [visit()] }),
            },
            from(proxy),
          );
        expect((await post('127.0.0.1', '192.168.1.20')).status).toBe(200);
        expect((await post('127.0.0.1', '192.168.1.20')).status).toBe(429);
        expect((await post('127.0.0.1', '192.168.1.21')).status).toBe(200);
        // Another machine saying it forwards for someone is counted as itself.
        expect((await post('192.0.2.50', '192.168.1.22')).status).toBe(200);
        expect((await post('192.0.2.50', '192.168.1.23')).status).toBe(429);
      } finally {
        await limited.close();
      }
    });
  });
});
