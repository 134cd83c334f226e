// "Another country" in a real Chromium: the maps of the parts of the world load, also offline from
// the precache; on the smallest tablet the kiosk is made for a page holds the 12 flags the region
// step is sized by; and every flag on a page keeps one size, however long its country's name.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SMALLEST_PAGE } from '../../src/app/ui/kiosk/countryOrder';
import { openOnline, tabletContext, useBrowserTest } from './harness';

const app = useBrowserTest();

const flagTiles = (page: Page) => page.locator('[data-screen="all-countries"] .choice-tile');

async function openRegion(page: Page, region: string): Promise<void> {
  await page.locator(`[data-action="region-${region}"]`).click();
  await page.locator('[data-screen="all-countries"] .choice-tile[data-code]').first().waitFor();
}

test('the maps show offline, and a small tablet holds 12 flags a page either way round', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await openOnline(page, app.server.url);
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-action="more-countries"]').click();
  const maps = page.locator('[data-screen="all-countries"] img.region-map');
  await expect.poll(() => maps.count()).toBe(9);
  await expect
    .poll(() =>
      maps.evaluateAll((images) =>
        images.every((image) => image instanceof HTMLImageElement && image.naturalWidth > 0),
      ),
    )
    .toBe(true);

  await openRegion(page, 'northAmerica');
  for (const [width, height] of [
    [768, 1024],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect
      .poll(() => flagTiles(page).count(), { message: `${width} x ${height}` })
      .toBeGreaterThanOrEqual(SMALLEST_PAGE);
  }
  await context.close();
});

test('every flag on a page has one size, whether its name takes one line or two', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await openOnline(page, app.server.url);
  await page.locator('[data-action="more-countries"]').click();
  // West and Central Africa in Danish has long names (Den Centralafrikanske Republik, Den
  // Demokratiske Republik Congo) beside short ones (Benin, Gabon).
  await openRegion(page, 'westAfrica');
  const sizes = await page
    .locator('[data-screen="all-countries"] .choice-tile[data-code]')
    .evaluateAll((tiles) =>
      tiles.map((tile) => {
        const flag = tile.querySelector('.flag')?.getBoundingClientRect();
        const label = tile.querySelector('.choice-tile__label');
        const lines = label ? label.getBoundingClientRect().height : 0;
        return {
          flag: flag ? `${Math.round(flag.width)}x${Math.round(flag.height)}` : 'none',
          label: Math.round(lines),
        };
      }),
    );
  expect(new Set(sizes.map((size) => size.flag)).size).toBe(1);
  expect(new Set(sizes.map((size) => size.label)).size).toBe(1);
  await context.close();
});
