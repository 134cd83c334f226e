// From the kiosk to the staff view and back out to the server: a woman checks in, the check-in
// reaches the server, staff get in by the long press and a new PIN, see her in today's figures,
// void the check-in as a mistap, and the void reaches the server too. Nothing is deleted anywhere.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { localDate } from '../../src/shared/time';
import { axeViolations } from './axe';
import {
  checkIn,
  longPress,
  openOnline,
  openStaffFirstTime,
  pairingLink,
  serverVisits,
  storedVisits,
  tabletContext,
  typePin,
  useBrowserTest,
} from './harness';

const SCREENSHOTS_DIR = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

const app = useBrowserTest();

test('staff void a check-in from the staff view, and the void reaches the server', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await openOnline(page, pairingLink(app.server.url));
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');

  await checkIn(page, { country: 'Tyrkiet', municipality: 'København', children: 1 });
  const today = localDate(new Date());

  // Back on the first screen, the staff mark: a tap does nothing, a long press opens the PIN pad.
  await page.locator('[data-screen="country"]').waitFor({ timeout: 15_000 });
  const mark = page.getByRole('button', { name: 'Personale', exact: true });
  await mark.waitFor();
  await mark.click();
  await page.waitForTimeout(300);
  await expect.poll(() => page.locator('[data-screen="country"]').count()).toBe(1);
  await longPress(page, mark);

  await page.getByRole('heading', { name: 'Vælg en pinkode til personalet' }).waitFor();
  await typePin(page, '2468');
  await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
  await typePin(page, '2468');

  // Today at a glance, counted on the tablet and confirmed by the server.
  await page.getByRole('heading', { name: 'I dag', exact: true }).waitFor({ timeout: 10_000 });
  const figures = page.getByRole('list', { name: 'Dagens tal' });
  await expect.poll(() => figures.getByRole('listitem').first().textContent()).toBe('2 besøg');
  // Whatever still waits is sent at once on request, and the receipt then agrees with the server.
  const sendNow = page.getByRole('button', { name: 'Send nu', exact: true });
  if (await sendNow.isVisible()) await sendNow.click({ timeout: 2_000 }).catch(() => undefined);
  await page.getByText('Denne tablet: 2 i dag / server: 2').waitFor({ timeout: 20_000 });
  expect((await serverVisits(app.server.url, today)).map((visit) => visit.voided)).toEqual([
    false,
    false,
  ]);
  await expect
    .poll(() => page.getByRole('list', { name: 'Lande' }).getByRole('listitem').allTextContents())
    .toEqual(['Tyrkiet 2']);

  // The check-in is voided: asked once, confirmed, and shown as voided.
  await page.getByRole('tab', { name: 'Indtjekninger' }).click();
  const voidButton = page.getByRole('button', {
    name: /^Annullér indtjekningen kl\. \d\d:\d\d: Tyrkiet, København$/,
  });
  await voidButton.click();
  await page.getByRole('button', { name: 'Ja, annullér' }).click();
  await page.getByText('Annulleret', { exact: true }).waitFor();
  await expect.poll(() => voidButton.count()).toBe(0);

  // The void reaches the server; both visits are still there, now voided.
  await expect
    .poll(
      async () =>
        (await serverVisits(app.server.url, today))
          .map((visit) => visit.voided)
          .sort()
          .join(),
      { timeout: 20_000, interval: 250 },
    )
    .toBe('true,true');
  const onTablet = await storedVisits(page);
  expect(onTablet).toHaveLength(2);
  await expect
    .poll(async () => (await storedVisits(page)).every((v) => v.voided && v.syncState === 'synced'))
    .toBe(true);

  // Today's figures follow: nothing left to count.
  await page.getByRole('tab', { name: 'I dag' }).click();
  await expect
    .poll(() =>
      page.getByRole('list', { name: 'Dagens tal' }).getByRole('listitem').first().textContent(),
    )
    .toBe('0 besøg');
  await context.close();
});

test(
  'staff correct a check-in, and the server holds voids and new visits of the same party',
  { timeout: 150_000 },
  async () => {
    // The page's policy forbids inline scripts, which is how axe is brought in (see csp.e2e.ts).
    const context = await app.browser.newContext({
      viewport: { width: 1280, height: 800 },
      hasTouch: true,
      bypassCSP: true,
    });
    const page = await context.newPage();
    await openOnline(page, pairingLink(app.server.url));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    await checkIn(page, { country: 'Tyrkiet', municipality: 'København', children: 2 });
    const today = localDate(new Date());

    await page.locator('[data-screen="country"]').waitFor({ timeout: 15_000 });
    await openStaffFirstTime(page);
    await page.getByRole('heading', { name: 'I dag', exact: true }).waitFor({ timeout: 10_000 });

    await page.getByRole('tab', { name: 'Indtjekninger' }).click();
    await page
      .getByRole('button', { name: /^Ret indtjekningen kl\. \d\d:\d\d: Tyrkiet, København$/ })
      .click();
    const form = page.getByRole('form', { name: /^Ret indtjekningen kl\./ });
    await form.getByRole('combobox', { name: 'Oprindelsesland' }).selectOption({ label: 'Syrien' });
    await form.getByRole('spinbutton', { name: 'Børn under 18' }).fill('1');
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS_DIR}staff-correction.png`, fullPage: true });
    expect((await axeViolations(page)).join('\n')).toBe('');
    await form.getByRole('button', { name: 'Gem rettelsen' }).click();
    await page.getByText('Rettelsen er gemt.').waitFor();
    await page.getByText('Rettet', { exact: true }).waitFor();

    // On the server: the three first visits voided, two new ones of the same party from Syria.
    // (The server also holds the visits of the test before; only this tablet's are looked at.)
    const onTablet = await storedVisits(page);
    const ours = new Set(onTablet.map((visit) => visit.id));
    expect(new Set(onTablet.map((visit) => visit.partyId)).size).toBe(1);
    await expect
      .poll(
        async () =>
          (await serverVisits(app.server.url, today))
            .filter((visit) => ours.has(visit.id))
            .map((visit) => `${visit.country}:${visit.voided}`)
            .sort()
            .join(),
        { timeout: 20_000, interval: 250 },
      )
      .toBe('SY:false,SY:false,TR:true,TR:true,TR:true');

    // The receipt agrees with the server.
    await page.getByRole('tab', { name: 'I dag' }).click();
    await page.getByText('Denne tablet: 2 i dag / server: 2').waitFor({ timeout: 20_000 });
    await context.close();
  },
);
