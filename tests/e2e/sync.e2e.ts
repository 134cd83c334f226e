import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '../../src/server/server';
import { localDate } from '../../src/shared/time';
import {
  checkIn,
  openOnline,
  pairingLink,
  serveApp,
  serverVisits,
  storedVisits,
  tabletContext,
  useBrowserTest,
} from './harness';

// The server is started here, on a database that outlives its restart.
const app = useBrowserTest({ server: false });
let server: RunningServer | undefined;
const dir = mkdtempSync(join(tmpdir(), 'velkommen-e2e-'));
const dbPath = join(dir, 'velkommen.db');

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('visits checked in offline reach the server once each after it comes back', async () => {
  server = await serveApp({ dbPath });
  const { port, url } = server;
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await openOnline(page, pairingLink(url));
  // The pairing is taken out of the address bar at once.
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');

  await context.setOffline(true);
  await checkIn(page, { country: 'Syrien', municipality: 'Ishøj', children: 0 });
  await page.locator('[data-screen="country"]').waitFor({ timeout: 15_000 });
  await checkIn(page, { country: 'Irak', municipality: 'Albertslund', children: 1 });
  const onTablet = await storedVisits(page);
  expect(onTablet).toHaveLength(3);
  expect(onTablet.every((v) => v.syncState === 'pending')).toBe(true);

  // The network comes back while the server is down: nothing may be lost or marked sent.
  await server.close();
  server = undefined;
  await context.setOffline(false);
  await page.waitForTimeout(1_500);
  expect((await storedVisits(page)).every((v) => v.syncState === 'pending')).toBe(true);

  server = await serveApp({ dbPath, port });
  const today = localDate(new Date());
  await expect
    .poll(async () => (await storedVisits(page)).every((v) => v.syncState === 'synced'), {
      timeout: 30_000,
      interval: 500,
    })
    .toBe(true);
  const onServer = await serverVisits(server.url, today);
  expect(onServer.map((v) => v.id).sort()).toEqual(onTablet.map((v) => v.id).sort());
  await context.close();
});
