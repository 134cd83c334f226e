// The real HTTP server, started and stopped as `npm start` does: tokens and visits kept across a
// restart, open requests finished before it stops, and the process itself on SIGTERM/SIGINT.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server';
import { fakeDist, tempDir, visit } from './testing/testApp';
import { TOKENS_FILE_NAME } from './auth/tokens';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;
let dbPath: string;
let distDir: string;
let server: RunningServer | undefined;
beforeEach(() => {
  dir = tempDir();
  dbPath = join(dir, 'data', 'velkommen.db');
  distDir = fakeDist(dir);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const start = (options: Partial<Parameters<typeof startServer>[0]> = {}) =>
  startServer({ port: 0, hostname: '127.0.0.1', distDir, dbPath, log: false, ...options });

function send(s: RunningServer, body: string, token = s.tokens.kiosk): Promise<Response> {
  return fetch(`${s.url}/api/v1/visits`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body,
  });
}

function readAll(s: RunningServer): Promise<{ visits: { id: string }[] }> {
  return fetch(`${s.url}/api/v1/visits?from=2000-01-01&to=2999-12-31&includeVoided=true`, {
    headers: { Authorization: `Bearer ${s.tokens.coordinator}` },
  }).then((r) => r.json() as Promise<{ visits: { id: string }[] }>);
}

describe('startServer', () => {
  it('keeps its tokens and visits across a restart', async () => {
    server = await start();
    const first = server;
    const tokensFile = join(dir, 'data', TOKENS_FILE_NAME);
    expect(statSync(tokensFile).mode & 0o777).toBe(0o600);
    const v = visit();
    expect((await send(first, JSON.stringify({ visits: [v] }))).status).toBe(200);
    await first.close();

    server = await start();
    expect(server.tokens).toEqual(first.tokens);
    expect((await readAll(server)).visits.map((x) => x.id)).toEqual([v.id]);
  });

  it('uses given tokens over the kept ones', async () => {
    server = await start();
    const kept = server.tokens;
    await server.close();
    server = await start({ tokens: { coordinator: 'given-coordinator-token-0123' } });
    expect(server.tokens).toEqual({
      kiosk: kept.kiosk,
      coordinator: 'given-coordinator-token-0123',
    });
    expect(
      (await send(server, JSON.stringify({ visits: [visit()] }), kept.coordinator)).status,
    ).toBe(401);
  });

  it('works without a database file for browser tests: memory only, tokens for this run', async () => {
    server = await startServer({ port: 0, hostname: '127.0.0.1', distDir, log: false });
    expect(server.tokens.kiosk).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await send(server, JSON.stringify({ visits: [visit()] }))).status).toBe(200);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('refuses a body over 1 MiB by its Content-Length, storing nothing', async () => {
    server = await start();
    const visits = Array.from({ length: 900 }, () => ({ ...visit(), padding: 'x'.repeat(1200) }));
    const response = await send(server, JSON.stringify({ visits }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: expect.stringContaining('1 MiB'),
      code: 'body_too_large',
    });
    expect((await readAll(server)).visits).toEqual([]);
  });

  it('lets a request in flight finish when it closes, then takes no more', async () => {
    server = await start();
    const s = server;
    const v = visit();
    const body = JSON.stringify({ visits: [v] });
    const half = Math.floor(body.length / 2);

    let answered = false;
    const req = request(`${s.url}/api/v1/visits`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${s.tokens.kiosk}`,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          answered = true;
          resolve({ status: res.statusCode ?? 0, text });
        });
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, half));
    await new Promise((resolve) => setTimeout(resolve, 100));

    let closed = false;
    const closing = s.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    req.end(body.slice(half));

    const answer = await response;
    await closing;
    expect(answered).toBe(true);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ stored: [v.id], rejected: [] });
    await expect(fetch(`${s.url}/api/v1/health`)).rejects.toThrow();

    // The visit was on disk before the answer.
    server = await start();
    expect((await readAll(server)).visits.map((x) => x.id)).toEqual([v.id]);
  });
});

interface Child {
  output: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
  waitFor: (pattern: RegExp) => Promise<RegExpExecArray>;
}

function runMain(env: Record<string, string>): Child {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VELKOMMEN_') && key !== 'PORT'),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--no-build'], {
    cwd: projectDir,
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const add = (chunk: Buffer) => {
    text += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', add);
  child.stderr.on('data', add);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    output: () => text,
    exited,
    kill: (signal) => child.kill(signal),
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(text);
          if (match) {
            listeners.delete(check);
            resolve(match);
          }
        };
        listeners.add(check);
        void exited.then(() =>
          reject(new Error(`The server stopped before printing ${pattern}:\n${text}`)),
        );
        check();
      }),
  };
}

describe('npm start (main.ts)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints address, tokens, pairing link and QR code, and on %s closes the database and exits 0',
    async (signal) => {
      const child = runMain({ PORT: '0', VELKOMMEN_DB: dbPath });
      const [, url] = await child.waitFor(/running at (http:\/\/\S+)/);
      await child.waitFor(/#pair=\S+\n[\s\S]*[▀▄█]/);
      const kept = JSON.parse(readFileSync(join(dir, 'data', TOKENS_FILE_NAME), 'utf8')) as {
        kiosk: string;
        coordinator: string;
      };
      expect(child.output()).toContain(`Kiosk token:       ${kept.kiosk}`);
      expect(child.output()).toContain(`Coordinator token: ${kept.coordinator}`);

      const health = await fetch(`${url}/api/v1/health`);
      expect(health.status).toBe(200);
      const stored = await fetch(`${url}/api/v1/visits`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${kept.kiosk}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ visits: [visit()] }),
      });
      expect(stored.status).toBe(200);
      // The request log is on stdout, without the token.
      await child.waitFor(/POST \/api\/v1\/visits 200 \d+ms/);
      const logLines = child
        .output()
        .split('\n')
        .filter((line) => / \d{3} \d+ms$/.test(line));
      expect(logLines).toEqual([
        expect.stringMatching(/^GET \/api\/v1\/health 200 \d+ms$/),
        expect.stringMatching(/^POST \/api\/v1\/visits 200 \d+ms$/),
      ]);

      child.kill(signal);
      expect(await child.exited).toBe(0);
      expect(child.output()).toContain(`${signal}: finishing open requests and stopping`);
      // SQLite removes the write-ahead log when the last connection closes cleanly.
      expect(existsSync(`${dbPath}-wal`)).toBe(false);
    },
    30_000,
  );

  it('stops with a sentence and exit code 1 for a bad setting', async () => {
    const child = runMain({ PORT: 'eighty', VELKOMMEN_DB: dbPath });
    expect(await child.exited).toBe(1);
    expect(child.output()).toContain('PORT must be a whole number');
    expect(existsSync(dbPath)).toBe(false);
  }, 30_000);
});
