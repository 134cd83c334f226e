// What every browser test needs: Debian's Chromium driven by playwright-core, and the real
// server serving the built app on a free port.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/server';

export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function checkChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not at ${chromiumPath}: install it with "apt-get install -y chromium".`,
    );
  }
}

/** Flags added to the harness's own, and the environment Chromium runs in (e.g. HOME). */
export interface BrowserExtras {
  args?: string[];
  env?: Record<string, string>;
}

/** Debian's Chromium, headless; `more` adds flags and the environment it runs in (e.g. HOME). */
export async function launchBrowser(more: BrowserExtras = {}): Promise<Browser> {
  checkChromium();
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(more.args ?? [])],
    ...(more.env ? { env: more.env } : {}),
  });
}

/**
 * A tablet with a profile of its own on disk, as a real one has. Chromium will not install an app
 * from an incognito-like context, which is what launchBrowser's contexts are.
 */
export async function launchPersistentTablet(userDataDir: string): Promise<BrowserContext> {
  checkChromium();
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
  });
}

export const TOKENS = {
  kiosk: 'kiosk-token-for-browser-tests-0123456789',
  coordinator: 'coordinator-token-for-browser-tests-0123456789',
};

export interface ServeOptions {
  port?: number;
  dbPath?: string;
}

/** The real server on the built app; a database file keeps visits across a restart. */
export async function serveApp(options: ServeOptions = {}): Promise<RunningServer> {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error('There is no build to test: run "npm run build" first.');
  }
  return startServer({
    port: options.port ?? 0,
    hostname: '127.0.0.1',
    distDir,
    log: false,
    tokens: TOKENS,
    ...(options.dbPath ? { dbPath: options.dbPath } : {}),
  });
}

export interface BrowserTestOptions {
  /** Flags and environment for the file's Chromium. */
  browser?: BrowserExtras;
  /**
   * A tablet with a profile of its own on disk (launchPersistentTablet), removed afterwards,
   * instead of a browser whose contexts keep nothing.
   */
  persistentTablet?: boolean;
  /** How the file's server starts; false when the file starts (and stops) its own. */
  server?: ServeOptions | false;
}

/** What a test file shares, each part there from its first test to its last. */
export interface BrowserTest {
  readonly browser: Browser;
  readonly tablet: BrowserContext;
  readonly server: RunningServer;
}

/**
 * The browser (or the persistent tablet) and the real server a test file shares: started together
 * before its first test, closed after its last, whatever failed on the way. Call it at the top of
 * the file and read its parts inside the tests.
 */
export function useBrowserTest(options: BrowserTestOptions = {}): BrowserTest {
  let browser: Browser | undefined;
  let tablet: BrowserContext | undefined;
  let server: RunningServer | undefined;
  let profile: string | undefined;

  beforeAll(async () => {
    const launching = async () => {
      if (options.persistentTablet) {
        profile = mkdtempSync(join(tmpdir(), 'velkommen-tablet-'));
        tablet = await launchPersistentTablet(profile);
      } else {
        browser = await launchBrowser(options.browser);
      }
    };
    const serving = async () => {
      if (options.server !== false) server = await serveApp(options.server);
    };
    // Both settle before a failure is thrown, so that afterAll closes whatever did start.
    const failed = (await Promise.allSettled([launching(), serving()])).find(
      (result) => result.status === 'rejected',
    );
    if (failed) throw failed.reason;
  });

  afterAll(async () => {
    await browser?.close();
    await tablet?.close();
    await server?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });

  const started = <T>(part: T | undefined, what: string): T => {
    if (part === undefined) {
      throw new Error(`This file's ${what} is not started: read it inside a test or a hook.`);
    }
    return part;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get tablet() {
      return started(tablet, 'persistent tablet');
    },
    get server() {
      return started(server, 'server');
    },
  };
}

/** The link the server prints for pairing a tablet with the kiosk token. */
export function pairingLink(serverUrl: string): string {
  const pairing = JSON.stringify({ endpoint: serverUrl, token: TOKENS.kiosk });
  return `${serverUrl}/#pair=${Buffer.from(pairing, 'utf8').toString('base64url')}`;
}

export interface ServerVisit {
  id: string;
  voided: boolean;
  ageGroup: string;
  country: string | null;
  partyId: string;
}

/** Every visit the server holds for one day, voided ones included, read with the coordinator token. */
export async function serverVisits(serverUrl: string, day: string): Promise<ServerVisit[]> {
  const response = await fetch(
    `${serverUrl}/api/v1/visits?from=${day}&to=${day}&includeVoided=true`,
    { headers: { Authorization: `Bearer ${TOKENS.coordinator}` } },
  );
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  const body = (await response.json()) as { visits: ServerVisit[] };
  return body.visits;
}

/** The woman's check-in, tap by tap, as she does it at the door. */
export async function checkIn(
  page: Page,
  answers: { country: string; municipality: string; children: number },
): Promise<void> {
  await page.locator('[data-screen="country"]').waitFor();
  await page.getByRole('button', { name: answers.country, exact: true }).click();
  await page.locator('[data-screen="municipality"]').waitFor();
  await page.getByRole('button', { name: answers.municipality, exact: true }).click();
  await page.locator('[data-screen="party"]').waitFor();
  if (answers.children === 0) {
    await page.locator('[data-action="just-me"]').click();
  } else {
    for (let i = 0; i < answers.children; i++)
      await page.locator('[data-action="add-child"]').click();
    await page.locator('[data-action="next"]').click();
  }
  await page.locator('[data-screen="summary"]').waitFor();
  await page.locator('[data-action="confirm"]').click();
  await page.locator('[data-screen="thanks"]').waitFor();
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
  localDate: string;
}

/**
 * Reads the visits straight out of the tablet's IndexedDB, as the app stored them, each with where
 * it stands: 'pending' while its record waits in the outbox, 'quarantined' when refused, else synced.
 */
export function storedVisits(page: Page): Promise<StoredVisitRow[]> {
  return page.evaluate(
    () =>
      new Promise<StoredVisitRow[]>((resolve, reject) => {
        const open = indexedDB.open('velkommen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['visits', 'outbox', 'quarantine']);
          const all = (store: string) => tx.objectStore(store).getAll();
          const [visits, outbox, quarantine] = [all('visits'), all('outbox'), all('quarantine')];
          tx.oncomplete = () => {
            const ids = (request: IDBRequest) =>
              new Set((request.result as { id: string }[]).map((row) => row.id));
            const [waiting, refused] = [ids(outbox), ids(quarantine)];
            resolve(
              (visits.result as Omit<StoredVisitRow, 'syncState'>[]).map((visit) => ({
                ...visit,
                syncState: waiting.has(visit.id)
                  ? 'pending'
                  : refused.has(visit.id)
                    ? 'quarantined'
                    : 'synced',
              })),
            );
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Holds a finger (the mouse) on an element for `holdMs` and lifts it, as staff do on the mark. */
export async function longPress(page: Page, target: Locator, holdMs = 2_500): Promise<void> {
  const box = await target.boundingBox();
  if (box === null) throw new Error('The element to hold is not on screen.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(holdMs);
  await page.mouse.up();
}

/** Types a PIN on the staff PIN pad and confirms it. */
export async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
}

/**
 * Into the staff view of a tablet that has no PIN yet: the corner mark held, then `pin` chosen
 * and typed again.
 */
export async function openStaffFirstTime(page: Page, pin = '2468'): Promise<void> {
  await longPress(page, page.getByRole('button', { name: 'Personale', exact: true }));
  await page.getByRole('heading', { name: 'Vælg en pinkode til personalet' }).waitFor();
  await typePin(page, pin);
  await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
  await typePin(page, pin);
}

/** A setting row of the tablet's database, read as the app stored it. */
export function tabletSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (wanted) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('velkommen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('settings').objectStore('settings').get(wanted);
          read.onsuccess = () => resolve((read.result as { value?: unknown } | undefined)?.value);
          read.onerror = () => reject(read.error);
        };
      }),
    key,
  );
}
