// The real HTTP server, started and stopped as `npm start` does: tokens and visits kept across a
// restart, open requests finished before it stops, the process itself on SIGTERM/SIGINT, what it
// prints at start (a pairing link, never a token) and the command that shows the coordinator token.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server';
import { fakeDist, tempDir, visit } from './testing/testApp';
import { runMain, runScript, type Child } from './testing/processes';
import { TOKENS_FILE_NAME } from './auth/tokens';
import { readPairingPayload } from '../shared/api/pairing';

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

  it('gives an address that works when it listens on IPv6 loopback', async () => {
    server = await start({ hostname: '::1' });
    expect(server.url).toBe(`http://[::1]:${server.port}`);
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
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

/** The pairing code in the link the server printed. */
function printedCode(output: string): string {
  const payload = /#pair=(\S+)/.exec(output)?.[1] ?? '';
  const read = readPairingPayload(payload);
  if (!read.ok || !('code' in read.payload)) throw new Error(`No code in the link:\n${output}`);
  return read.payload.code;
}

/**
 * Waits for the start-up message, then for an answer: the server answers only once main.ts has run
 * to its end, its signal handlers set.
 */
async function started(child: Child): Promise<void> {
  const [, url] = await child.waitFor(/running at (http:\/\/\S+)/);
  await child.waitFor(/#pair=\S+\n[\s\S]*[▀▄█]/);
  expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
}

function keptTokens(): { kiosk: string; coordinator: string } {
  return JSON.parse(readFileSync(join(dir, 'data', TOKENS_FILE_NAME), 'utf8')) as {
    kiosk: string;
    coordinator: string;
  };
}

describe('npm start (main.ts)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints the address and a pairing link with a one-time code, never a token, and on %s closes the database and exits 0',
    async (signal) => {
      const child = runMain({ PORT: '0', VELKOMMEN_DB: dbPath });
      const [, url] = await child.waitFor(/running at (http:\/\/\S+)/);
      await child.waitFor(/#pair=\S+\n[\s\S]*[▀▄█]/);
      const kept = keptTokens();
      // Its output is a log here (a pipe, as under systemd): the new token is only said to exist.
      expect(child.output()).not.toContain(kept.kiosk);
      expect(child.output()).not.toContain(kept.coordinator);
      expect(child.output()).toContain('a coordinator token was made');
      expect(child.output()).toContain('npm run coordinator-token');

      const health = await fetch(`${url}/api/v1/health`);
      expect(health.status).toBe(200);
      const code = printedCode(child.output());
      const paired = await fetch(`${url}/api/v1/pair`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, name: 'door-1' }),
      });
      expect(paired.status).toBe(201);
      const { token } = (await paired.json()) as { token: string };
      const stored = await fetch(`${url}/api/v1/visits`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ visits: [visit()] }),
      });
      expect(stored.status).toBe(200);
      // The request log is on stdout, without a token or a code.
      await child.waitFor(/POST \/api\/v1\/visits 200 \d+ms/);
      const logLines = child
        .output()
        .split('\n')
        .filter((line) => / \d{3} \d+ms$/.test(line));
      expect(logLines).toEqual([
        expect.stringMatching(/^GET \/api\/v1\/health 200 \d+ms$/),
        expect.stringMatching(/^POST \/api\/v1\/pair 201 \d+ms$/),
        expect.stringMatching(/^POST \/api\/v1\/visits 200 \d+ms$/),
      ]);
      expect(logLines.join('\n')).not.toContain(token);
      expect(logLines.join('\n')).not.toContain(code);

      child.kill(signal);
      expect(await child.exited).toBe(0);
      expect(child.output()).toContain(`${signal}: finishing open requests and stopping`);
      // SQLite removes the write-ahead log when the last connection closes cleanly.
      expect(existsSync(`${dbPath}-wal`)).toBe(false);
    },
    30_000,
  );

  it('prints no token on a later start, nor one from the environment; the command prints it', async () => {
    const first = runMain({ PORT: '0', VELKOMMEN_DB: dbPath });
    await started(first);
    const firstCode = printedCode(first.output());
    first.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const kept = keptTokens();

    const later = runMain({ PORT: '0', VELKOMMEN_DB: dbPath });
    await started(later);
    expect(later.output()).not.toContain(kept.coordinator);
    expect(later.output()).not.toContain(kept.kiosk);
    expect(later.output()).not.toContain('was made');
    expect(later.output()).toContain(
      '"npm run coordinator-token" on this server shows the coordinator token',
    );
    // Each start makes a code of its own.
    expect(printedCode(later.output())).not.toBe(firstCode);
    later.kill('SIGTERM');
    expect(await later.exited).toBe(0);

    const given = 'coordinator-token-from-the-environment-0123';
    const fromEnv = runMain({
      PORT: '0',
      VELKOMMEN_DB: dbPath,
      VELKOMMEN_COORDINATOR_TOKEN: given,
    });
    await started(fromEnv);
    expect(fromEnv.output()).not.toContain(given);
    fromEnv.kill('SIGTERM');
    expect(await fromEnv.exited).toBe(0);

    const asked = runScript('src/server/coordinatorToken.ts', { VELKOMMEN_DB: dbPath });
    expect(await asked.exited).toBe(0);
    expect(asked.output().trim()).toBe(kept.coordinator);
  }, 60_000);

  it('the coordinator-token command says to start the server when there is no token yet', async () => {
    const asked = runScript('src/server/coordinatorToken.ts', { VELKOMMEN_DB: dbPath });
    expect(await asked.exited).toBe(1);
    expect(asked.output()).toContain('start the server once');
    expect(existsSync(join(dir, 'data', TOKENS_FILE_NAME))).toBe(false);
  }, 30_000);

  it('stops with a sentence and exit code 78 (no restart helps) for a bad setting', async () => {
    const child = runMain({ PORT: 'eighty', VELKOMMEN_DB: dbPath });
    expect(await child.exited).toBe(78);
    expect(child.output()).toContain('PORT must be a whole number');
    expect(existsSync(dbPath)).toBe(false);
  }, 30_000);
});
