// A stock server deployed from the README alone: the service's user, the unit's command line, the
// nginx and Caddy blocks and the backup and restore commands are read from the README and run on
// this machine's own nginx and Caddy, as root would run them, on loopback only. A real Chromium
// that trusts the test's certificate authority (and Caddy's own, as a tablet with its root
// installed does) is the tablet: it pairs by the link the server prints, checks in offline, syncs
// through both proxies, picks up an update built while the server runs, and after a backup and a
// restore every visit is on the server once. A database copied back by root with plain cp stops
// the server with the command that mends it, and no restart loop.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairingCodeLink } from '../../src/shared/api/pairing';
import { checkIn, launchBrowser, storedVisits, tabletContext, tabletSetting } from '../e2e/harness';
import {
  ensureSystemUser,
  freePort,
  httpsRequest,
  listeningAddresses,
  makeAuthority,
  missingForDeployment,
  run,
  trustingHome,
  until,
} from './machine';
import { readmeBlock, shellCommands } from './readme';
import { startCaddy, startNginx, startService, type Layout, type Service } from './services';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const NGINX_HOST = 'velkommen.example.dk';
const CADDY_HOST = 'velkommen.centre.lan';
const USER = 'velkommen-deploy';

const missing = missingForDeployment();
// CI says the test must run; elsewhere it is skipped, saying what it lacks.
if (missing.length > 0 && process.env.VELKOMMEN_DEPLOY_TEST === 'required') {
  throw new Error(`The deployment test cannot run here: it needs ${missing.join(', ')}.`);
}
if (missing.length > 0) console.warn(`Deployment test skipped: it needs ${missing.join(', ')}.`);

describe.skipIf(missing.length > 0)('deployed from the README', () => {
  let work: string;
  let layout: Layout;
  let server: Service;
  let nginx: Service;
  let caddy: Service;
  let browser: Browser;
  let ca: string[];
  let nginxUrl: string;
  let caddyUrl: string;

  const coordinatorToken = () =>
    (
      JSON.parse(readFileSync(join(layout.dataDir, 'velkommen-tokens.json'), 'utf8')) as {
        coordinator: string;
      }
    ).coordinator;

  async function serverVisitIds(base = nginxUrl): Promise<string[]> {
    const answer = await httpsRequest(`${base}/api/v1/visits?from=2000-01-01&to=2999-12-31`, ca, {
      headers: { Authorization: `Bearer ${coordinatorToken()}` },
    });
    expect(answer.status).toBe(200);
    return (JSON.parse(answer.body.toString('utf8')) as { visits: { id: string }[] }).visits.map(
      (v) => v.id,
    );
  }

  async function startServer(): Promise<string> {
    server = startService(layout);
    await expect
      .poll(() => server.output(), { timeout: 30_000, interval: 200 })
      .toMatch(/#pair=\S+/);
    return /https:\/\/\S+#pair=\S+/.exec(server.output())?.[0] ?? '';
  }

  beforeAll(async () => {
    work = mkdtempSync('/tmp/velkommen-deploy-');
    chmodSync(work, 0o755);
    ensureSystemUser(USER);
    const [serverPort, nginxHttps, nginxHttp, caddyHttps, caddyHttp] = await Promise.all(
      Array.from({ length: 5 }, freePort),
    );
    nginxUrl = `https://${NGINX_HOST}:${nginxHttps}`;
    caddyUrl = `https://${CADDY_HOST}:${caddyHttps}`;
    layout = {
      projectDir,
      user: USER,
      dataDir: join(work, 'var-lib-velkommen'),
      backupDir: join(work, 'backups'),
      serverPort: serverPort ?? 0,
      publicUrl: nginxUrl,
    };
    // The README's useradd makes the user's home the data folder; here it is made for the user.
    run('install', ['-d', '-o', USER, '-g', USER, '-m', '700', layout.dataDir]);

    const authority = makeAuthority(join(work, 'ca'));
    nginx = startNginx(
      work,
      layout,
      { https: nginxHttps ?? 0, http: nginxHttp ?? 0 },
      authority.issue([NGINX_HOST], 'nginx'),
    );
    const started = startCaddy(work, layout, { https: caddyHttps ?? 0, http: caddyHttp ?? 0 });
    caddy = started.service;
    await until(
      () => statSync(started.rootCert, { throwIfNoEntry: false }) !== undefined,
      30_000,
      `Caddy's root certificate (${caddy.output()})`,
    );
    ca = [readFileSync(authority.caCert, 'utf8'), readFileSync(started.rootCert, 'utf8')];

    const home = join(work, 'tablet-home');
    trustingHome(home, {
      'Velkommen test CA': authority.caCert,
      'Caddy local root': started.rootCert,
    });
    browser = await launchBrowser({
      args: [`--host-resolver-rules=MAP ${NGINX_HOST} 127.0.0.1, MAP ${CADDY_HOST} 127.0.0.1`],
      env: { ...process.env, HOME: home } as Record<string, string>,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.stop(), nginx?.stop(), caddy?.stop()]);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('pairs, checks in offline, syncs through nginx and Caddy, updates, backs up and restores', async () => {
    const pairingLink = await startServer();
    expect(pairingLink.startsWith(`${nginxUrl}/#pair=`)).toBe(true);
    // The server listens on loopback only, as the unit says.
    expect(listeningAddresses(layout.serverPort)).toEqual(['127.0.0.1']);

    // Everything compressible arrives compressed through both proxies.
    for (const base of [nginxUrl, caddyUrl]) {
      const page = await httpsRequest(`${base}/`, ca, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(page.status).toBe(200);
      const html =
        page.headers['content-encoding'] === 'gzip'
          ? gunzipSync(page.body).toString()
          : page.body.toString();
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      const style = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
      const flag = readdirSync(join(projectDir, 'dist', 'assets')).find((name) =>
        name.endsWith('.svg'),
      );
      for (const path of [script, style, `/assets/${flag}`, '/manifest.webmanifest']) {
        const answer = await httpsRequest(`${base}${path}`, ca, {
          headers: { 'Accept-Encoding': 'gzip' },
        });
        expect(answer.status, `${base}${path}`).toBe(200);
        expect(answer.headers['content-encoding'], `${base}${path}`).toBe('gzip');
      }
    }

    // The tablet opens the printed link: a secure context, paired with a key of its own.
    const context = await tabletContext(browser);
    const tablet = await context.newPage();
    await openApp(tablet, pairingLink);
    expect(await tablet.evaluate(() => window.isSecureContext)).toBe(true);
    await expect
      .poll(
        async () => (await tabletSetting(tablet, 'syncPairing')) as { device?: string } | undefined,
        { timeout: 30_000 },
      )
      .toMatchObject({ device: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    // Offline check-ins wait on the tablet and reach the server through nginx once it is back.
    await context.setOffline(true);
    await checkIn(tablet, { country: 'Syrien', municipality: 'Ishøj', children: 1 });
    await tablet.locator('[data-screen="country"]').waitFor({ timeout: 20_000 });
    await checkIn(tablet, { country: 'Irak', municipality: 'Albertslund', children: 0 });
    expect((await storedVisits(tablet)).every((visit) => visit.syncState === 'pending')).toBe(true);
    await context.setOffline(false);
    await expect.poll(() => serverVisitIds(), { timeout: 60_000, interval: 1000 }).toHaveLength(3);

    // A second tablet, paired through Caddy with a fresh one-time code, syncs through Caddy.
    const made = await httpsRequest(`${caddyUrl}/api/v1/pairing-codes`, ca, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${coordinatorToken()}`,
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(made.status).toBe(201);
    const { code } = JSON.parse(made.body.toString('utf8')) as { code: string };
    const hallContext = await tabletContext(browser);
    const hall = await hallContext.newPage();
    await openApp(hall, pairingCodeLink(caddyUrl, code));
    await expect
      .poll(
        async () => (await tabletSetting(hall, 'syncPairing')) as { device?: string } | undefined,
        { timeout: 30_000 },
      )
      .toMatchObject({ device: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    await checkIn(hall, { country: 'Irak', municipality: 'Ishøj', children: 0 });
    await expect
      .poll(() => serverVisitIds(caddyUrl), { timeout: 60_000, interval: 1000 })
      .toHaveLength(4);
    await hallContext.close();

    // An update: the README's build runs while the server serves; no request finds a half-built app.
    const failures: string[] = [];
    let building = true;
    const watching = (async () => {
      while (building) {
        for (const path of ['/', '/sw.js', '/manifest.webmanifest']) {
          const answer = await httpsRequest(`${nginxUrl}${path}`, ca).catch(
            (error: Error) => error,
          );
          if (answer instanceof Error) failures.push(`${path}: ${answer.message}`);
          else if (answer.status !== 200) failures.push(`${path}: ${answer.status}`);
        }
      }
    })();
    try {
      execFileSync('npm', ['run', 'build'], {
        cwd: projectDir,
        env: { ...process.env, VITE_APP_VERSION: 'deployment-test-2' },
        stdio: 'ignore',
      });
    } finally {
      building = false;
      await watching;
    }
    expect(failures).toEqual([]);
    expect(await server.stop()).toBe(0);
    await startServer();
    // The tablet finds the new version, and a visit made offline meanwhile arrives once.
    await expect
      .poll(
        () =>
          tablet
            .evaluate(async () => {
              const registration = await navigator.serviceWorker.getRegistration();
              await registration?.update();
              const script = await fetch('/sw.js', { cache: 'no-store' }).then((r) => r.text());
              return registration?.waiting !== null || script.includes('deployment-test-2');
            })
            .catch(() => false),
        { timeout: 60_000, interval: 2000 },
      )
      .toBe(true);
    await context.setOffline(true);
    await tablet
      .locator('[data-screen="country"]')
      .waitFor({ timeout: 20_000 })
      .catch(() => tablet.reload());
    await tablet.locator('[data-screen="country"]').waitFor({ timeout: 20_000 });
    await checkIn(tablet, { country: 'Syrien', municipality: 'Ishøj', children: 0 });
    await context.setOffline(false);
    await expect.poll(() => serverVisitIds(), { timeout: 60_000, interval: 1000 }).toHaveLength(5);
    const before = await serverVisitIds();
    expect(new Set(before).size).toBe(5);

    // A backup by the README's commands, as the service's user, into a folder made as it says.
    for (const command of shellCommands(readmeBlock('backup-folder'))) runAsRoot(command);
    const backupOutput = shellCommands(readmeBlock('backup')).map(runAsRoot).join('\n');
    const backup = /to (\S+\.db) /.exec(backupOutput)?.[1] ?? '';
    expect(backup.startsWith(layout.backupDir)).toBe(true);
    expect(statSync(backup).mode & 0o777).toBe(0o600);

    // Restored by the README's commands: the server comes back with every visit, once.
    for (const command of shellCommands(readmeBlock('restore'))) {
      if (command === 'systemctl stop velkommen') expect(await server.stop()).toBe(0);
      else if (command === 'systemctl start velkommen') await startServer();
      else runAsRoot(command.replace(/\/var\/backups\/velkommen\/velkommen-[\d-]+\.db/, backup));
    }
    const dbPath = join(layout.dataDir, 'velkommen.db');
    expect(statSync(dbPath).uid).toBe(Number(run('id', ['-u', USER]).trim()));
    expect((await serverVisitIds()).sort()).toEqual([...before].sort());

    // Copied back by root with plain cp, the database stops the server with the command to run.
    expect(await server.stop()).toBe(0);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
    copyFileSync(backup, dbPath);
    server = startService(layout);
    expect(await server.exited).toBe(78);
    const mend = /chown \S+: [^\n]+/.exec(server.output())?.[0] ?? '';
    expect(mend).toContain(dbPath);
    runAsRoot(mend);
    await startServer();
    expect((await serverVisitIds()).sort()).toEqual([...before].sort());
    await context.close();
  });

  /** A README command as root would type it on the server, with the test's paths and user. */
  function runAsRoot(command: string): string {
    const local = command
      .replaceAll('/opt/velkommen', layout.projectDir)
      .replaceAll('/var/lib/velkommen', layout.dataDir)
      .replaceAll('/var/backups/velkommen', layout.backupDir)
      .replace(/-u velkommen\b/g, `-u ${USER}`)
      .replace(/-o velkommen -g velkommen/g, `-o ${USER} -g ${USER}`)
      .replace(/chown velkommen:/g, `chown ${USER}:`);
    return execFileSync('sh', ['-c', local], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
});

/** The app from `url`, once its service worker controls the page (offline-ready). */
async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
  await page.locator('[data-screen="country"]').waitFor({ timeout: 30_000 });
}
