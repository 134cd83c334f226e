// A kiosk nobody reloads by hand: version A is installed and records visits offline, then the
// server at the same address serves version B. The kiosk finds B, keeps A while a woman is on the
// summary, saves her visit, and moves to B only once the first screen has been untouched for a
// while. Every visit survives the move and reaches the server. The page's clock is a fake one that
// the test moves forward, so the kiosk's half-minute of quiet takes no real time.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/server';
import {
  checkIn,
  pairingLink,
  serverVisits,
  storedVisits,
  tabletContext,
  TOKENS,
  useBrowserTest,
} from './harness';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = join(projectDir, 'node_modules', 'vite', 'bin', 'vite.js');
const dir = mkdtempSync(join(tmpdir(), 'velkommen-update-'));
const dbPath = join(dir, 'velkommen.db');
const builds = { A: join(dir, 'dist-a'), B: join(dir, 'dist-b') };

// Its servers serve builds of its own, made here.
const app = useBrowserTest({ server: false });
let server: RunningServer | undefined;

/** The app as it is, built under a version name of its own. */
async function build(version: keyof typeof builds): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [viteBin, 'build', '--outDir', builds[version], '--emptyOutDir', '--logLevel', 'error'],
    // The test runner sets NODE_ENV=test, which would make a development build without a worker.
    { cwd: projectDir, env: { ...process.env, NODE_ENV: 'production', VITE_APP_VERSION: version } },
  );
}

function serve(version: keyof typeof builds, port = 0): Promise<RunningServer> {
  return startServer({
    port,
    hostname: '127.0.0.1',
    distDir: builds[version],
    dbPath,
    log: false,
    tokens: TOKENS,
  });
}

const versionOf = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.appVersion ?? null);

// Polled from here rather than with page.waitForFunction, whose polling runs on the page's clock.
const poll = <T>(read: () => Promise<T>, timeout = 30_000) =>
  expect.poll(read, { timeout, interval: 250 });

beforeAll(async () => {
  await Promise.all([build('A'), build('B')]);
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the kiosk moves to a new version at an idle moment, never mid-check-in, and keeps every visit', async () => {
  server = await serve('A');
  const { port, url } = server;
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(url);
  // Installed: its service worker controls the page, so it opens with no network.
  await poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.locator('[data-screen="country"]').waitFor();
  expect(await versionOf(page)).toBe('A');

  // Offline, a woman checks in; the tablet is not paired yet, so her visit waits on it.
  await context.setOffline(true);
  await checkIn(page, { country: 'Syrien', municipality: 'Ishøj', children: 0 });
  await page.clock.fastForward(7_000);
  await page.locator('[data-screen="country"]').waitFor();

  // The server comes back at the same address with version B.
  await server.close();
  server = await serve('B', port);
  await context.setOffline(false);

  // The next woman has reached the summary when the kiosk looks for a new version.
  await page.getByRole('button', { name: 'Irak', exact: true }).click();
  await page.getByRole('button', { name: 'Albertslund', exact: true }).click();
  await page.locator('[data-action="add-child"]').click();
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-screen="summary"]').waitFor();
  await page.evaluate(() => {
    Object.assign(window, { sameDocument: true });
    // The kiosk looks whenever the page is shown again.
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await poll(() =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null),
  ).toBe(true);

  // She takes her time, well past the kiosk's quiet time: nothing moves under her finger.
  await page.clock.fastForward(45_000);
  await page.waitForTimeout(500);
  await page.locator('[data-screen="summary"]').waitFor();
  expect(await versionOf(page)).toBe('A');
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

  await page.locator('[data-action="confirm"]').click();
  await page.locator('[data-screen="thanks"]').waitFor();
  await page.clock.fastForward(7_000);
  await page.locator('[data-screen="country"]').waitFor();
  const beforeMove = await storedVisits(page);
  expect(beforeMove).toHaveLength(3);
  expect(beforeMove.every((visit) => visit.syncState === 'pending')).toBe(true);
  expect(await versionOf(page)).toBe('A');

  // The next woman may come up to the kiosk any moment: the first screen alone is not enough.
  await page.clock.fastForward(20_000);
  await page.waitForTimeout(1_000);
  expect(await versionOf(page)).toBe('A');
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

  // The first screen, untouched for half a minute: now B takes over.
  await page.clock.fastForward(11_000);
  await poll(() => versionOf(page).catch(() => null), 15_000).toBe('B');
  await page.locator('[data-screen="country"]').waitFor();
  const afterMove = await storedVisits(page);
  expect(afterMove.map((visit) => visit.id).sort()).toEqual(
    beforeMove.map((visit) => visit.id).sort(),
  );

  // Paired now, B sends every visit A recorded, once each.
  await page.evaluate((hash) => (location.hash = hash), new URL(pairingLink(url)).hash);
  await poll(
    async () => (await storedVisits(page)).every((visit) => visit.syncState === 'synced'),
    20_000,
  ).toBe(true);
  const days = [...new Set(afterMove.map((visit) => visit.localDate))];
  const onServer = (await Promise.all(days.map((day) => serverVisits(url, day)))).flat();
  expect(onServer.map((visit) => visit.id).sort()).toEqual(
    afterMove.map((visit) => visit.id).sort(),
  );
  await context.close();
});
