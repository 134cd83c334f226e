import { expect, test } from 'vitest';
import { openOnline, storedVisits, tabletContext, useBrowserTest } from './harness';

const app = useBrowserTest();

test('after one online load, a woman with two children checks in offline and the visits survive reloads', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await openOnline(page, app.server.url);

  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-screen="country"]').waitFor();
  // The flags come from the precache too, not from the network.
  const flag = page.getByRole('button', { name: 'Tyrkiet', exact: true }).locator('img');
  await expect
    .poll(() => flag.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);

  // The check-in is written on a worker of its own, whose script comes from the precache as well.
  await expect
    .poll(() => page.workers().some((worker) => worker.url().includes('checkInWorker')))
    .toBe(true);

  await page.getByRole('button', { name: 'Tyrkiet', exact: true }).click();
  await page.locator('[data-screen="municipality"]').waitFor();
  await page.getByRole('button', { name: 'København', exact: true }).click();
  await page.locator('[data-screen="party"]').waitFor();
  await page.locator('[data-action="add-child"]').click();
  await page.locator('[data-action="add-child"]').click();
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-screen="summary"]').waitFor();
  await page.locator('[data-action="confirm"]').click();
  await page.locator('[data-screen="thanks"]').waitFor();

  await page.reload();
  await page.locator('[data-screen="country"]').waitFor();
  const visits = await storedVisits(page);
  expect(visits).toHaveLength(3);
  expect(new Set(visits.map((v) => v.partyId)).size).toBe(1);
  expect(visits.map((v) => v.ageGroup).sort()).toEqual(['adult', 'child', 'child']);
  expect(visits.every((v) => v.country === 'TR' && v.municipality === '101')).toBe(true);
  expect(visits.every((v) => !v.voided && v.syncState === 'pending')).toBe(true);
  await context.close();
});
