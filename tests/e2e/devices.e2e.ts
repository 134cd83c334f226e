// Tablets with keys of their own, in a real Chromium against the real server: a coordinator makes
// a one-time pairing link on the coordinator page, a fresh tablet opens it, pairs and checks in, and
// the coordinator sees it listed by name; the coordinator withdraws it, its staff view says it must
// be paired again and its next visit is kept; paired again with a new link, that visit reaches the
// server once. A tablet paired with an older shared-token link goes on syncing.
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { localDate } from '../../src/shared/time';
import { axeViolations } from './axe';
import {
  checkIn,
  openOnline,
  openStaffFirstTime,
  pairingLink,
  serverVisits,
  storedVisits,
  tabletContext,
  tabletSetting,
  TOKENS,
  useBrowserTest,
} from './harness';

const app = useBrowserTest();

/** The coordinator page, signed in with the coordinator token. */
async function coordinatorPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${app.server.url}/coordinator`);
  await page.getByLabel('Koordinatorkode').fill(TOKENS.coordinator);
  await page.getByRole('button', { name: 'Åbn', exact: true }).click();
  await page.getByRole('region', { name: 'Tablets', exact: true }).waitFor();
  return page;
}

/** "Pair a new tablet" on the coordinator page: the link it shows, beside its QR code. */
async function newPairingLink(coordinator: Page): Promise<string> {
  const tablets = coordinator.getByRole('region', { name: 'Tablets', exact: true });
  await tablets.getByRole('button', { name: 'Par en ny tablet' }).click();
  const panel = tablets.getByRole('region', { name: 'Parringslink til én tablet' });
  await panel.getByRole('img', { name: 'QR-kode med parringslinket' }).waitFor();
  const field = panel.getByLabel('Parringslink', { exact: true });
  await expect.poll(() => field.inputValue()).toMatch(/#pair=/);
  return field.inputValue();
}

/** The coordinator's row for the tablet `name`, once a fresh list shows it with `text`. */
async function rowShowing(coordinator: Page, name: string, text: string | RegExp) {
  const tablets = coordinator.getByRole('region', { name: 'Tablets', exact: true });
  const row = tablets.getByRole('row', { name: new RegExp(`^${name}`) }).first();
  await expect
    .poll(
      async () => {
        await tablets.getByRole('button', { name: 'Opdatér listen' }).click();
        await coordinator.waitForTimeout(300);
        return (await row.count()) > 0 ? row.innerText() : '';
      },
      { timeout: 20_000, interval: 500 },
    )
    .toMatch(text);
  return row;
}

test('a tablet paired by a one-time code, listed, withdrawn and paired again, loses no visit', async () => {
  const office = await app.browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'da-DK',
    // axe is injected as a script of the test's own, which the page's policy would refuse.
    bypassCSP: true,
  });
  const coordinator = await coordinatorPage(office);
  const firstLink = await newPairingLink(coordinator);
  // The link carries a one-time code, never a long-lived token.
  const payload = JSON.parse(
    Buffer.from(firstLink.split('#pair=')[1] ?? '', 'base64url').toString('utf8'),
  ) as Record<string, unknown>;
  expect(Object.keys(payload).sort()).toEqual(['code', 'endpoint']);

  const context = await tabletContext(app.browser);
  const tablet = await context.newPage();
  await openOnline(tablet, firstLink);
  await expect.poll(() => tablet.evaluate(() => location.hash)).toBe('');
  await expect
    .poll(async () => (await tabletSetting(tablet, 'syncPairing')) as { device?: string } | null, {
      timeout: 20_000,
    })
    .toMatchObject({ device: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  // Whoever opened the link sees on the tablet that it worked.
  const paired = tablet.getByRole('status').filter({ hasText: /parret med|paired with/ });
  await paired.waitFor();
  await paired.getByRole('button', { name: 'OK', exact: true }).click();
  await paired.waitFor({ state: 'detached' });
  const name = String(await tabletSetting(tablet, 'deviceId'));
  const firstKey = ((await tabletSetting(tablet, 'syncPairing')) as { token: string }).token;
  expect(firstKey).not.toBe(TOKENS.kiosk);

  await checkIn(tablet, { country: 'Syrien', municipality: 'Ishøj', children: 0 });
  await expect
    .poll(async () => (await storedVisits(tablet)).map((visit) => visit.syncState), {
      timeout: 20_000,
    })
    .toEqual(['synced']);
  const [first] = await storedVisits(tablet);

  // Listed by name, heard from just now, nothing waiting on it.
  const row = await rowShowing(coordinator, name, /Ingen/);
  await expect.poll(() => row.getByRole('cell').nth(1).innerText()).toMatch(/\d{4}, \d\d\.\d\d/);
  expect(await row.getByRole('cell').nth(2).innerText()).toMatch(/\d/);
  expect(await axeViolations(coordinator)).toEqual([]);

  // Withdrawn, after the coordinator says yes to the question.
  await coordinator.getByRole('button', { name: `Træk tilbage: ${name}` }).click();
  await coordinator.getByRole('button', { name: 'Ja, træk tilbage' }).click();
  await expect.poll(() => row.innerText()).toMatch(/Trukket tilbage/);
  expect(await axeViolations(coordinator)).toEqual([]);

  // The next visit on the tablet is kept, not sent, not refused.
  await tablet.locator('[data-screen="country"]').waitFor({ timeout: 15_000 });
  await checkIn(tablet, { country: 'Irak', municipality: 'Albertslund', children: 0 });
  await expect
    .poll(
      async () => (await tabletSetting(tablet, 'syncPairing')) as { revokedAt?: number } | null,
      {
        timeout: 20_000,
      },
    )
    .toMatchObject({ revokedAt: expect.any(Number) });
  const kept = (await storedVisits(tablet)).find((visit) => visit.id !== first?.id);
  expect(kept?.syncState).toBe('pending');

  // Staff are told plainly that the tablet must be paired again, and that nothing is lost.
  await tablet.locator('[data-screen="country"]').waitFor({ timeout: 15_000 });
  await openStaffFirstTime(tablet);
  const notice = tablet.getByRole('alert').filter({ hasText: 'Tabletten skal parres igen' });
  await notice.waitFor({ timeout: 10_000 });
  await expect
    .poll(() => notice.innerText())
    .toMatch(/1 besøg venter på tabletten; intet går tabt/);

  // Paired again with a new link, pasted in the staff view's settings.
  const secondLink = await newPairingLink(coordinator);
  await tablet.getByRole('tab', { name: 'Indstillinger' }).click();
  const serverSettings = tablet.getByRole('region', { name: 'Server', exact: true });
  await serverSettings.getByLabel('Parringslink', { exact: true }).fill(secondLink);
  await serverSettings.getByRole('button', { name: 'Par igen' }).click();
  await serverSettings.getByText(/^Parret med sin egen nøgle\./).waitFor({ timeout: 20_000 });

  // The kept visit reaches the server, once; the first one is still there once.
  const today = localDate(new Date());
  await expect
    .poll(async () => (await serverVisits(app.server.url, today)).map((visit) => visit.id).sort(), {
      timeout: 30_000,
      interval: 500,
    })
    .toEqual([first?.id, kept?.id].sort());
  await expect
    .poll(async () => (await storedVisits(tablet)).every((visit) => visit.syncState === 'synced'))
    .toBe(true);
  const sameKey = (await tabletSetting(tablet, 'syncPairing')) as { token: string };
  expect(sameKey.token).not.toBe(firstKey);
  await expect
    .poll(() => tablet.getByRole('alert').filter({ hasText: 'Tabletten skal parres igen' }).count())
    .toBe(0);

  // Renamed by staff, the tablet is listed by its new name.
  const tabletSection = tablet.getByRole('region', { name: 'Tabletten', exact: true });
  await tabletSection.getByLabel('Tablettens navn').fill('Receptionen');
  await tabletSection.getByRole('button', { name: 'Gem' }).click();
  await rowShowing(coordinator, 'Receptionen', /Ingen/);

  // The same code does not pair a second tablet.
  const other = await tabletContext(app.browser);
  const stranger = await other.newPage();
  await openOnline(stranger, firstLink);
  await openStaffFirstTime(stranger);
  await stranger
    .getByText(/Parringslinket er allerede brugt eller udløbet/)
    .first()
    .waitFor({
      timeout: 20_000,
    });
  expect(await tabletSetting(stranger, 'syncPairing')).toBeUndefined();

  await Promise.all([context.close(), other.close(), office.close()]);
}, 180_000);

test('a tablet paired with an older shared-token link still syncs, and is offered a key of its own', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await openOnline(page, pairingLink(app.server.url));
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');

  await checkIn(page, { country: 'Tyrkiet', municipality: 'København', children: 1 });
  await expect
    .poll(async () => (await storedVisits(page)).map((visit) => visit.syncState), {
      timeout: 20_000,
    })
    .toEqual(['synced', 'synced']);
  const ids = (await storedVisits(page)).map((visit) => visit.id);
  const held = (await serverVisits(app.server.url, localDate(new Date()))).map((visit) => visit.id);
  expect(held).toEqual(expect.arrayContaining(ids));

  await page.locator('[data-screen="country"]').waitFor({ timeout: 15_000 });
  await openStaffFirstTime(page);
  await page.getByRole('tab', { name: 'Indstillinger' }).click();
  const notice = page.getByRole('region', { name: 'Tabletten deler centrets nøgle' });
  await notice.waitFor();
  await notice.getByRole('button', { name: 'Giv tabletten sin egen nøgle' }).click();
  await page.getByText('Tabletten har nu sin egen nøgle.').waitFor({ timeout: 20_000 });
  const pairing = (await tabletSetting(page, 'syncPairing')) as { token: string; device: string };
  expect(pairing.token).not.toBe(TOKENS.kiosk);
  expect(pairing.device).toMatch(/^[0-9a-f-]{36}$/);
  await context.close();
});
