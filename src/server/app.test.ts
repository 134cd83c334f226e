import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_VERSION } from './project/version';
import { COORDINATOR, json, KIOSK, TOKENS, testApp, visit, type TestApp } from './testing/testApp';
import { describeEngines } from './testing/engines';

describeEngines('the app', (engine) => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  async function app(options: Parameters<typeof testApp>[0] = {}): Promise<TestApp> {
    t = await testApp(options, engine);
    return t;
  }

  describe('the API', () => {
    it('answers health without a token', async () => {
      const response = await (await app()).app.request('/api/v1/health');
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({
        status: 'ok',
        version: PACKAGE_VERSION,
        serverTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        timeZone: 'Europe/Copenhagen',
      });
    });

    it.each([
      ['no Authorization header', undefined],
      ['a wrong token', `Bearer ${TOKENS.kiosk}x`],
      ['a token without Bearer', TOKENS.kiosk],
      ['another scheme', `Basic ${TOKENS.coordinator}`],
      ['an empty bearer', 'Bearer '],
    ])('answers 401 for %s', async (_what, authorization) => {
      const { app: a } = await app();
      const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
      for (const path of ['/api/v1/summary', '/api/v1/visits?from=2026-01-01&to=2026-01-01']) {
        const response = await a.request(path, { headers });
        expect(response.status).toBe(401);
        expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
        expect(await json(response)).toEqual({
          error: expect.stringContaining('token'),
          code: 'unauthorized',
        });
      }
      const post = await a.request('/api/v1/visits', {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ visits: [visit()] }),
      });
      expect(post.status).toBe(401);
      expect(await t?.store.visitsBetween('2000-01-01', '2999-12-31')).toEqual([]);
    });

    it('lets the kiosk token send visits and read the summary, but not the visits or the report', async () => {
      const { app: a, post } = await app();
      expect((await post({ visits: [visit()] }, KIOSK)).status).toBe(200);
      expect((await a.request('/api/v1/summary', { headers: KIOSK })).status).toBe(200);
      for (const path of [
        '/api/v1/visits?from=2026-11-23&to=2026-11-23',
        '/api/v1/report?from=2026-11-23&to=2026-11-23',
      ]) {
        const forbidden = await a.request(path, { headers: KIOSK });
        expect(forbidden.status).toBe(403);
        expect(await json(forbidden)).toEqual({
          error: expect.stringContaining('coordinator'),
          code: 'forbidden',
        });
        expect((await a.request(path, { headers: COORDINATOR })).status).toBe(200);
      }
      expect((await post({ visits: [visit()] }, COORDINATOR)).status).toBe(200);
    });

    it('answers 404 JSON for an unknown address and 405 JSON for a wrong method', async () => {
      const { app: a } = await app();
      for (const path of ['/api/v1/nothing', '/api/v2/visits', '/api/']) {
        const response = await a.request(path, { headers: COORDINATOR });
        expect(response.status).toBe(404);
        expect(await json(response)).toEqual({ error: expect.any(String), code: 'not_found' });
      }
      const del = await a.request('/api/v1/visits', { method: 'DELETE', headers: COORDINATOR });
      expect(del.status).toBe(405);
      expect(del.headers.get('Allow')).toContain('POST');
      expect(await json(del)).toEqual({ error: expect.any(String), code: 'method_not_allowed' });
      const postHealth = await a.request('/api/v1/health', { method: 'POST' });
      expect(postHealth.status).toBe(405);
      expect(postHealth.headers.get('Allow')).toContain('GET');
      const putReport = await a.request('/api/v1/report', { method: 'PUT' });
      expect(putReport.status).toBe(405);
    });

    it('never lets a browser cache API answers', async () => {
      const response = await (await app()).app.request('/api/v1/health');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
    });

    it('serves the app outside /api', async () => {
      const { app: a } = await app();
      const page = await a.request('/somewhere/in/the/app');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Velkommen</title>');
    });

    it('answers 500 JSON when something breaks, without details', async () => {
      const { app: a, store } = await app();
      await store.close();
      const response = await a.request('/api/v1/summary', { headers: KIOSK });
      expect(response.status).toBe(500);
      expect(await json(response)).toEqual({
        error: expect.stringContaining('Try again'),
        code: 'internal_error',
      });
      expect(t?.logs.some((line) => line.startsWith('Error:'))).toBe(true);
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) => ({
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });

    it('allows a listed origin and the server’s own, and no other', async () => {
      const { app: a } = await app({ origins: ['https://kiosk.example.dk'] });
      const listed = await a.request('/api/v1/visits', preflight('https://kiosk.example.dk'));
      expect(listed.status).toBe(204);
      expect(listed.headers.get('Access-Control-Allow-Origin')).toBe('https://kiosk.example.dk');
      expect(listed.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
      expect(listed.headers.get('Access-Control-Allow-Methods')).toMatch(/POST/);

      const other = await a.request('/api/v1/visits', preflight('https://evil.example'));
      expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();

      const own = await a.request('/api/v1/summary', {
        headers: { ...KIOSK, Origin: 'http://localhost' },
      });
      expect(own.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost');

      const get = await a.request('/api/v1/summary', {
        headers: { ...KIOSK, Origin: 'https://kiosk.example.dk' },
      });
      expect(get.status).toBe(200);
      expect(get.headers.get('Access-Control-Allow-Origin')).toBe('https://kiosk.example.dk');
      const getOther = await a.request('/api/v1/summary', {
        headers: { ...KIOSK, Origin: 'https://evil.example' },
      });
      expect(getOther.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });
  });

  describe('the rate limit', () => {
    it('answers 429 with Retry-After once a token has used its requests for the minute', async () => {
      const { app: a } = await app({ rateLimitPerMinute: 3 });
      for (let i = 0; i < 3; i++) {
        expect((await a.request('/api/v1/summary', { headers: KIOSK })).status).toBe(200);
      }
      const limited = await a.request('/api/v1/summary', { headers: KIOSK });
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('Retry-After'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await json(limited)).toEqual({
        error: expect.stringMatching(/wait \d+ seconds/),
        code: 'rate_limited',
      });
      // Counted per token: the coordinator's token still has its own requests.
      expect((await a.request('/api/v1/summary', { headers: COORDINATOR })).status).toBe(200);
      // Health needs no token and is not limited.
      expect((await a.request('/api/v1/health')).status).toBe(200);
    });
  });

  describe('the request log', () => {
    it('writes one line per request with the route pattern, status and time, and never a token', async () => {
      const { app: a, logs, post } = await app();
      await a.request('/api/v1/health');
      await post({ visits: [visit()] });
      await a.request(`/api/v1/visits?from=2026-11-23&to=2026-11-23&token=${TOKENS.coordinator}`, {
        headers: COORDINATOR,
      });
      await a.request('/api/v1/summary', {
        headers: { Authorization: 'Bearer not-the-token-1234567' },
      });
      expect(logs).toEqual([
        expect.stringMatching(/^GET \/api\/v1\/health 200 \d+ms$/),
        expect.stringMatching(/^POST \/api\/v1\/visits 200 \d+ms$/),
        expect.stringMatching(/^GET \/api\/v1\/visits 200 \d+ms$/),
        expect.stringMatching(/^GET \/api\/v1\/summary 401 \d+ms$/),
      ]);
      const all = logs.join('\n');
      for (const secret of [TOKENS.kiosk, TOKENS.coordinator, 'not-the-token', 'from=', 'TR']) {
        expect(all).not.toContain(secret);
      }
    });

    it('can be silenced', async () => {
      const lines: string[] = [];
      const original = console.log;
      console.log = (line: string) => lines.push(line);
      try {
        const { app: a } = await app({ log: false });
        await a.request('/api/v1/health');
      } finally {
        console.log = original;
      }
      expect(lines).toEqual([]);
    });
  });
});
