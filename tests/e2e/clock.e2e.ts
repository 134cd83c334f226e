// A tablet whose clock is a year behind, in a real Chromium against the real server: the staff view
// says so in plain words, and a woman's check-in still counts today on the tablet and on the server.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { localDate } from '../../src/shared/time';
import {
  checkIn,
  openOnline,
  openStaffFirstTime,
  pairingLink,
  serverVisits,
  storedVisits,
  tabletContext,
  useBrowserTest,
} from './harness';

const DAY = 24 * 60 * 60_000;

const app = useBrowserTest();

/** Whether the tablet has stored a check of its clock against the server's. */
function heardServerClock(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('velkommen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result
            .transaction('settings')
            .objectStore('settings')
            .get('syncServerClock');
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result !== undefined);
          };
        };
      }),
  );
}

test('a tablet a year behind tells staff, and its check-in counts today on both sides', async () => {
  const context = await tabletContext(app.browser);
  // The page's clock runs a year and six hours behind, from the first script on.
  await context.clock.install({ time: Date.now() - 365 * DAY - 6 * 60 * 60_000 });
  const page = await context.newPage();
  await openOnline(page, pairingLink(app.server.url));
  // The tablet has heard the server's clock (its first exchange, before anything was sent).
  await expect.poll(() => heardServerClock(page), { timeout: 15_000 }).toBe(true);

  await checkIn(page, { country: 'Eritrea', municipality: 'København', children: 0 });
  const today = localDate(new Date());
  await expect
    .poll(async () => (await serverVisits(app.server.url, today)).length, { timeout: 20_000 })
    .toBe(1);
  const [visit] = await storedVisits(page);
  expect(visit?.localDate).toBe(today);

  await page.locator('[data-screen="country"]').waitFor({ timeout: 15_000 });
  await openStaffFirstTime(page, '1357');

  const notice = page.getByRole('status', { name: 'Tablettens ur' });
  await notice.waitFor({ timeout: 10_000 });
  expect(await notice.textContent()).toContain(
    'Tablettens ur går 1 år efter serverens. Indtjekningerne bliver stadig gemt og dateres efter serverens ur, indtil det er rettet. Stil tablettens dato og klokkeslæt til automatisk',
  );
  // Today is the server's day, and the receipt agrees with the server about it.
  await page.getByText('Denne tablet: 1 i dag / server: 1').waitFor({ timeout: 20_000 });
  const figures = page.getByRole('list', { name: 'Dagens tal' });
  await expect.poll(() => figures.getByRole('listitem').first().textContent()).toBe('1 besøg');
  await context.close();
});
