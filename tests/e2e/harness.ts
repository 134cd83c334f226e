// What every browser test needs: Debian's Chromium driven by playwright-core, and the real
// server serving the built app on a free port.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../src/server/server';

export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not at ${chromiumPath}: install it with "apt-get install -y chromium".`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export async function serveApp(): Promise<RunningServer> {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error('There is no build to test: run "npm run build" first.');
  }
  return startServer({ port: 0, hostname: '127.0.0.1', distDir, log: false });
}

export async function tabletContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
}

/** Loads the app and waits until its service worker controls the page (offline-ready). */
export async function openOnline(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  await page.locator('[data-screen="country"]').waitFor();
}

export interface StoredVisitRow {
  id: string;
  partyId: string;
  ageGroup: string;
  country: string | null;
  municipality: string | null;
  voided: boolean;
  syncState: string;
}

/** Reads the visits straight out of the tablet's IndexedDB, as the app stored them. */
export function storedVisits(page: Page): Promise<StoredVisitRow[]> {
  return page.evaluate(
    () =>
      new Promise<StoredVisitRow[]>((resolve, reject) => {
        const open = indexedDB.open('velkommen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('visits').objectStore('visits').getAll();
          request.onsuccess = () => resolve(request.result as StoredVisitRow[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
