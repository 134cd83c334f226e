// The municipalities' default pictures are files of their own (public/municipalities/), not code:
// after one online load they come from the precache, so an offline kiosk still shows every
// municipality's own map. Also leaves screenshots of the maps for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';
import { MUNICIPALITIES } from '../../src/shared/municipalities';
import { openOnline, tabletContext, useBrowserTest } from './harness';

const SCREENSHOTS_DIR = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

const app = useBrowserTest();

beforeAll(() => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
});

test('offline, every municipality’s map comes from the precache with the municipality drawn in it', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await openOnline(page, app.server.url);
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-screen="country"] .choice-tile[data-code]').first().click();
  await page.locator('[data-screen="municipality"]').waitFor();

  const tile = page.getByRole('button', { name: 'Ishøj', exact: true });
  expect(await tile.locator('image').getAttribute('href')).toBe('/municipalities/183.svg');

  // Each file drawn as the tile draws it, offline: the share of its pixels in the accent colour
  // the municipality is filled with. None is missing, and none is only sea and neighbours.
  const codes = MUNICIPALITIES.map((m) => m.code);
  const filled = await page.evaluate(async (all: string[]) => {
    const canvas = new OffscreenCanvas(100, 80);
    const context2d = canvas.getContext('2d');
    if (context2d === null) throw new Error('No 2D canvas');
    const shares: Record<string, number> = {};
    for (const code of all) {
      const image = new Image();
      image.src = `/municipalities/${code}.svg`;
      try {
        await image.decode();
      } catch {
        shares[code] = -1;
        continue;
      }
      context2d.clearRect(0, 0, 100, 80);
      context2d.drawImage(image, 0, 0, 100, 80);
      const { data } = context2d.getImageData(0, 0, 100, 80);
      let accent = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        if (Math.abs(r - 0x2f) < 12 && Math.abs(g - 0x5d) < 12 && Math.abs(b - 0x50) < 12) {
          accent += 1;
        }
      }
      shares[code] = accent / (100 * 80);
    }
    return shares;
  }, codes);
  const notShown = codes.filter((code) => (filled[code] ?? 0) < 0.02);
  expect(notShown).toEqual([]);

  // Time for the tiles' own <image>s to draw, then a picture of the screen for a person to look at.
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(SCREENSHOTS_DIR, 'municipality-maps-offline.png') });
  await page.locator('[data-action="more-municipalities"]').click();
  await page.locator('[data-screen="all-municipalities"] .choice-tile').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(SCREENSHOTS_DIR, 'municipality-maps-all-offline.png') });
  await context.close();
});
