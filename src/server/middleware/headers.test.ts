// The headers of the real server's answers: the app's pages, its files, a file that is not there,
// the API (answers and errors), over HTTP from a running server as a browser gets them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server';
import { fakeDist, tempDir } from '../testing/testApp';
import { appContentSecurityPolicy, PERMISSIONS_POLICY } from './headers';

let dir: string;
let server: RunningServer;
let behindProxy: RunningServer;

beforeAll(async () => {
  dir = tempDir();
  const dist = fakeDist(dir);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("velkommen");');
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name": "Velkommen"}');
  writeFileSync(join(dist, 'velkommen.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const options = { port: 0, hostname: '127.0.0.1', distDir: dist, log: false } as const;
  server = await startServer(options);
  behindProxy = await startServer({ ...options, publicUrl: 'https://velkommen.example.dk' });
});

afterAll(async () => {
  await server.close();
  await behindProxy.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, init: RequestInit = {}, s = server) => fetch(`${s.url}${path}`, init);

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(response.headers.get('X-Frame-Options')).toBe('DENY');
  expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
  expect(response.headers.get('Permissions-Policy')).toBe(
    'microphone=(self), camera=(), geolocation=()',
  );
  expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
}

function directives(policy: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('the app’s pages', () => {
  it.each(['/', '/index.html', '/coordinator', '/staff/settings', '/some/place'])(
    '%s is the app, asked for again each time, under the app’s policy',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('<title>Velkommen</title>');
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
      expectSecurityHeaders(response);
      expect(response.headers.get('Content-Security-Policy')).toBe(appContentSecurityPolicy());
    },
  );

  it('allows only the app’s own scripts, styles and connections, no inline code, no framing', async () => {
    const policy = directives((await get('/coordinator')).headers.get('Content-Security-Policy'));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('media-src')).toContain('blob:');
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    for (const values of policy.values()) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain('*');
      expect(values).not.toContain('https:');
    }
    expect(PERMISSIONS_POLICY).toBe('microphone=(self), camera=(), geolocation=()');
  });

  it('lets the app reach the address tablets are paired with when that is another', async () => {
    const response = await get('/', {}, behindProxy);
    const policy = directives(response.headers.get('Content-Security-Policy'));
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://velkommen.example.dk']);
  });

  it('asks again for the service worker and the manifest', async () => {
    for (const path of ['/sw.js', '/manifest.webmanifest']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Cache-Control'), path).toBe('no-cache');
      expectSecurityHeaders(response);
    }
  });
});

describe('files under /assets/', () => {
  it('keeps a file that is there for a year', async () => {
    const response = await get('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/javascript/);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(response);
  });

  it.each(['/assets/index-gone99.js', '/assets/style-old.css', '/assets/', '/assets/a/b.png'])(
    'answers 404 for %s, which is not there, and never keeps that answer',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      const body = await response.text();
      expect(body).not.toContain('<title>Velkommen</title>');
      expect(body).toContain('no such file');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expectSecurityHeaders(response);
    },
  );
});

describe('the API', () => {
  it('sends the same protections, with a policy that lets nothing load', async () => {
    for (const [path, status] of [
      ['/api/v1/health', 200],
      ['/api/v1/summary', 401],
      ['/api/v1/nothing-here', 404],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expectSecurityHeaders(response);
      expect(response.headers.get('Content-Security-Policy'), path).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
    }
  });

  it('keeps the headers on a CORS preflight', async () => {
    const response = await get('/api/v1/visits', {
      method: 'OPTIONS',
      headers: { Origin: server.url, 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(server.url);
    expectSecurityHeaders(response);
  });
});
