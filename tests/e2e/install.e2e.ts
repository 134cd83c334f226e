// Installing the kiosk on a tablet: Chromium finds nothing missing (asked through the DevTools
// protocol, as its install prompt asks), every icon the manifest and the page name loads as the
// size it claims, and the installed kiosk keeps the screen on and refuses stray gestures.
import { beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openOnline, useBrowserTest } from './harness';

const app = useBrowserTest({ persistentTablet: true });
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = app.tablet;
  // Count the kiosk's wake lock requests, and whether the browser granted them.
  await context.addInitScript(() => {
    const wakeLock = navigator.wakeLock as WakeLock | undefined;
    if (!wakeLock) return;
    const request = wakeLock.request.bind(wakeLock);
    const held: WakeLockSentinel[] = [];
    Object.assign(window, { heldWakeLocks: held });
    wakeLock.request = async (type) => {
      const sentinel = await request(type);
      held.push(sentinel);
      return sentinel;
    };
  });
  page = context.pages()[0] ?? (await context.newPage());
  await openOnline(page, app.server.url);
});

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

async function fetchPng(url: string): Promise<string> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toContain('image/png');
  return pngSize(await response.body());
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

test('Chromium finds nothing missing to install the kiosk, full screen, with every icon', async () => {
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);

  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  const data = JSON.parse(manifest.data ?? '{}') as {
    display?: string;
    start_url?: string;
    icons?: ManifestIcon[];
  };
  expect(data.display).toBe('fullscreen');
  const icons = data.icons ?? [];
  const purposes = (icon: ManifestIcon) => (icon.purpose ?? 'any').split(' ');
  // Android asks for 192 and 512 px, and a maskable one it can crop to its own shape.
  expect(icons.filter((icon) => purposes(icon).includes('any')).map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  expect(icons.some((icon) => purposes(icon).includes('maskable'))).toBe(true);
  for (const icon of icons) {
    expect(await fetchPng(new URL(icon.src, manifest.url).href), icon.src).toBe(icon.sizes);
  }

  // iPadOS ignores the manifest's icons and takes the page's Apple touch icon.
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect(apple).not.toBeNull();
  expect(await fetchPng(new URL(apple ?? '', app.server.url).href)).toBe('180x180');
});

test('the kiosk keeps the screen on and refuses long-press menus, selection and zoom', async () => {
  await page.locator('[data-screen="country"]').waitFor();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const held = (window as unknown as { heldWakeLocks?: WakeLockSentinel[] }).heldWakeLocks;
        return held?.filter((sentinel) => !sentinel.released).length ?? -1;
      }),
    )
    .toBe(1);

  const kiosk = await page.evaluate(() => {
    const flag = document.querySelector('[data-screen="country"] button');
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    flag?.dispatchEvent(menu);
    const select = new Event('selectstart', { bubbles: true, cancelable: true });
    flag?.dispatchEvent(select);
    const frame = document.querySelector('.kiosk-frame');
    const fingers = [10, 60].map(
      (x, identifier) =>
        new Touch({ identifier, target: flag ?? document.body, clientX: x, clientY: 100 }),
    );
    const pinch = new TouchEvent('touchmove', {
      bubbles: true,
      cancelable: true,
      touches: fingers,
      targetTouches: fingers,
      changedTouches: fingers,
    });
    flag?.dispatchEvent(pinch);
    const trackpadPinch = new WheelEvent('wheel', {
      bubbles: true,
      cancelable: true,
      ctrlKey: true,
      deltaY: -10,
    });
    flag?.dispatchEvent(trackpadPinch);
    const style = frame ? getComputedStyle(frame) : null;
    return {
      menuRefused: menu.defaultPrevented,
      selectionRefused: select.defaultPrevented,
      pinchRefused: pinch.defaultPrevented,
      trackpadPinchRefused: trackpadPinch.defaultPrevented,
      userSelect: style?.userSelect,
      touchAction: style?.touchAction,
      overscroll: getComputedStyle(document.documentElement).overscrollBehaviorY,
    };
  });
  expect(kiosk).toEqual({
    menuRefused: true,
    selectionRefused: true,
    pinchRefused: true,
    trackpadPinchRefused: true,
    userSelect: 'none',
    // Chrome zooms on neither pinch nor double tap inside the kiosk.
    touchAction: 'pan-x pan-y',
    // No pull-to-refresh.
    overscroll: 'none',
  });
});
