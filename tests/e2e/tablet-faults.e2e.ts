// Faults on the tablet itself, in a real Chromium. A check-in worker that never answers (it never
// says it is ready, or it saves and its answer never comes): the page writes the check-in itself,
// once, and thanks her within two seconds; the next check-in on that page does not wait at all.
// A database the browser empties while the kiosk is open, offline with visits waiting: staff are
// told how many were lost, the tablet keeps its name and pairing, and the kiosk goes on.
import { expect, test } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import {
  checkIn,
  openOnline,
  openStaffFirstTime,
  pairingLink,
  storedVisits,
  tabletContext,
  useBrowserTest,
} from './harness';

const app = useBrowserTest();

/** The built check-in worker's script; a query string reaches the real one past the route. */
const WORKER_SCRIPT = /\/checkInWorker-[^/?]*\.js$/;

/** A worker that takes every message and never says a word. */
const SILENT_WORKER = 'self.addEventListener("message", () => {});';

/** The real worker, whose answers to check-ins are held back: it saves, the page never hears. */
function withheldAnswers(realUrl: string): string {
  return `
    const post = self.postMessage.bind(self);
    self.postMessage = (message) => {
      if (message && message.type === 'recorded') {
        console.info('saved by the worker, answer withheld: ' + message.visits[0].partyId);
        return;
      }
      if (message && message.type === 'ready') console.info('the worker is ready');
      post(message);
    };
    import(${JSON.stringify(`${realUrl}?real`)});
  `;
}

/**
 * A tablet whose check-in worker is replaced. The service worker is kept out, so the worker's
 * script is fetched from the network, where the route can answer for it.
 */
async function tabletWithWorker(
  script: (realUrl: string) => string,
): Promise<{ context: BrowserContext; page: Page; workerSaid: string[] }> {
  const context = await app.browser.newContext({
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const workerSaid: string[] = [];
  page.on('worker', (worker) => worker.on('console', (message) => workerSaid.push(message.text())));
  let replaced = 0;
  await page.route(WORKER_SCRIPT, (route) => {
    replaced += 1;
    return route.fulfill({ contentType: 'text/javascript', body: script(route.request().url()) });
  });
  await page.goto(app.server.url);
  await page.locator('[data-screen="country"]').waitFor();
  await expect.poll(() => replaced).toBe(1);
  return { context, page, workerSaid };
}

/** From the first question to the summary, as a woman with `children` children answers. */
async function answerUpToSummary(page: Page, children: number): Promise<void> {
  await page.locator('[data-screen="country"]').waitFor();
  await page.getByRole('button', { name: 'Tyrkiet', exact: true }).click();
  await page.locator('[data-screen="municipality"]').waitFor();
  await page.getByRole('button', { name: 'København', exact: true }).click();
  await page.locator('[data-screen="party"]').waitFor();
  if (children === 0) {
    await page.locator('[data-action="just-me"]').click();
  } else {
    for (let i = 0; i < children; i++) await page.locator('[data-action="add-child"]').click();
    await page.locator('[data-action="next"]').click();
  }
  await page.locator('[data-screen="summary"]').waitFor();
}

/** Taps the check mark; how long until the thank-you shows, in milliseconds. */
async function confirmAndTime(page: Page): Promise<number> {
  const tapped = Date.now();
  await page.locator('[data-action="confirm"]').click();
  await page.locator('[data-screen="thanks"]').waitFor({ timeout: 10_000 });
  return Date.now() - tapped;
}

function parties(visits: { partyId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const visit of visits) counts.set(visit.partyId, (counts.get(visit.partyId) ?? 0) + 1);
  return counts;
}

test('a check-in worker that never says it is ready: she is thanked within two seconds, once, and so is the next woman', async () => {
  const { context, page } = await tabletWithWorker(() => SILENT_WORKER);

  await answerUpToSummary(page, 2);
  expect(await confirmAndTime(page)).toBeLessThan(2_000);
  const first = await storedVisits(page);
  expect(first).toHaveLength(3);
  expect([...parties(first).values()]).toEqual([3]);

  // The next woman, on the same page: the silent worker is not asked again.
  await page.locator('[data-action="start-over"]').click();
  await answerUpToSummary(page, 0);
  expect(await confirmAndTime(page)).toBeLessThan(700);
  const both = await storedVisits(page);
  expect(both).toHaveLength(4);
  expect([...parties(both).values()].sort()).toEqual([1, 3]);
  expect(both.every((visit) => visit.syncState === 'pending' && !visit.voided)).toBe(true);
  await context.close();
});

test('a check-in worker that saves but whose answer never comes: the page writes it too, and one party is kept', async () => {
  const { context, page, workerSaid } = await tabletWithWorker(withheldAnswers);
  const withheld = () =>
    workerSaid.flatMap(
      (text) => /^saved by the worker, answer withheld: (.+)$/.exec(text)?.[1] ?? [],
    );
  // The real worker behind the wrapper has opened the database and said it is ready.
  await expect.poll(() => workerSaid).toContain('the worker is ready');

  await answerUpToSummary(page, 1);
  expect(await confirmAndTime(page)).toBeLessThan(2_000);

  const visits = await storedVisits(page);
  expect(visits).toHaveLength(2);
  const [partyId, ...others] = parties(visits).keys();
  expect(others).toEqual([]);
  // The worker did save that very party first: the page found it and wrote nothing of its own.
  expect(withheld()).toEqual([partyId]);

  await page.locator('[data-action="start-over"]').click();
  await answerUpToSummary(page, 0);
  expect(await confirmAndTime(page)).toBeLessThan(700);
  const both = await storedVisits(page);
  expect(both).toHaveLength(3);
  expect([...parties(both).values()].sort()).toEqual([1, 2]);
  // The second was written by the page alone: the worker was stopped after the first.
  expect(withheld()).toHaveLength(1);
  await context.close();
});

interface KeptSettings {
  deviceId: unknown;
  pairing: unknown;
}

/** The tablet's name and pairing, straight out of its IndexedDB. */
function keptSettings(page: Page): Promise<KeptSettings> {
  return page.evaluate(
    () =>
      new Promise<KeptSettings>((resolve, reject) => {
        const open = indexedDB.open('velkommen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings');
          const name = tx.objectStore('settings').get('deviceId');
          const pairing = tx.objectStore('settings').get('syncPairing');
          tx.oncomplete = () => {
            open.result.close();
            resolve({
              deviceId: (name.result as { value?: unknown } | undefined)?.value,
              pairing: (pairing.result as { value?: unknown } | undefined)?.value,
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Into the staff view, with a new PIN (the old one went with the database), to the alarm. */
async function wipeAlarm(page: Page): Promise<Locator> {
  await page.locator('[data-screen="country"]').waitFor();
  await openStaffFirstTime(page);
  await page.getByRole('heading', { name: 'I dag', exact: true }).waitFor({ timeout: 10_000 });
  const alarm = page.getByRole('region', { name: 'Besøg tabt: tablettens lager blev tømt' });
  await alarm.waitFor({ timeout: 10_000 });
  return alarm;
}

/** The visits the mark outside the database counts as waiting. */
function markedWaiting(page: Page): Promise<number | undefined> {
  return page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('velkommen.tabletMark') ?? '{}') as { waiting?: number })
        .waiting,
  );
}

test('the browser empties the database while the kiosk is open offline with two visits waiting: staff are told, the tablet keeps its name and pairing, and the kiosk goes on', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await openOnline(page, pairingLink(app.server.url));
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  await expect.poll(async () => (await keptSettings(page)).pairing).toBeTruthy();

  await context.setOffline(true);
  await checkIn(page, { country: 'Tyrkiet', municipality: 'København', children: 0 });
  await page.locator('[data-action="start-over"]').click();
  await checkIn(page, { country: 'Tyrkiet', municipality: 'København', children: 0 });
  expect((await storedVisits(page)).filter((visit) => visit.syncState === 'pending')).toHaveLength(
    2,
  );
  const before = await keptSettings(page);
  expect(before.deviceId).toMatch(/^tablet-[a-z0-9]{4}$/);
  // The mark outside the database knows of both by now.
  await expect.poll(() => markedWaiting(page)).toBe(2);

  // As when site data is cleared: Chromium closes every connection and deletes the database.
  const devtools = await context.newCDPSession(page);
  await devtools.send('Storage.clearDataForOrigin', {
    origin: app.server.url,
    storageTypes: 'indexeddb',
  });
  // Noticed while the kiosk waits, before anything is written to the new database.
  await expect
    .poll(() =>
      page.evaluate(
        () => (JSON.parse(localStorage.getItem('velkommen.databaseWiped') ?? '[]') as []).length,
      ),
    )
    .toBe(1);
  await page.locator('[data-action="start-over"]').click();

  // The kiosk goes on for the women: the next check-in is kept, in the new database.
  await checkIn(page, { country: 'Tyrkiet', municipality: 'København', children: 1 });
  const after = await storedVisits(page);
  expect(after).toHaveLength(2);
  expect(after.every((visit) => visit.syncState === 'pending')).toBe(true);
  expect(await keptSettings(page)).toEqual(before);

  const alarm = await wipeAlarm(page);
  const said = await alarm.textContent();
  expect(said).toContain(
    '2 besøg, der ventede på at blive sendt til serveren, er tabt og kan ikke hentes tilbage.',
  );
  expect(said).toContain(`Tabletten har stadig sit navn, ${String(before.deviceId)}.`);
  expect(said).toContain('Den er stadig parret med serveren.');
  // The storage problems record it too.
  const problems = page.getByRole('region', { name: 'Problemer med lageret' });
  expect(await problems.textContent()).toContain(
    '2 besøg, der ventede på at blive sendt, forsvandt med det.',
  );
  await context.close();
});

test('a database emptied while the kiosk was closed is told at its next start, and the tablet keeps its name and pairing', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await openOnline(page, pairingLink(app.server.url));
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  await expect.poll(async () => (await keptSettings(page)).pairing).toBeTruthy();
  await context.setOffline(true);
  await checkIn(page, { country: 'Tyrkiet', municipality: 'København', children: 1 });
  await expect.poll(() => markedWaiting(page)).toBe(2);
  const before = await keptSettings(page);

  // The kiosk is closed, and the database emptied meanwhile.
  const devtools = await context.newCDPSession(page);
  await page.goto('about:blank');
  await devtools.send('Storage.clearDataForOrigin', {
    origin: app.server.url,
    storageTypes: 'indexeddb',
  });
  await page.goto(app.server.url);

  const alarm = await wipeAlarm(page);
  const said = await alarm.textContent();
  expect(said).toContain('2 besøg, der ventede på at blive sendt til serveren, er tabt');
  expect(said).toContain(`Tabletten har stadig sit navn, ${String(before.deviceId)}.`);
  expect(said).toContain('Den er stadig parret med serveren.');
  expect(await keptSettings(page)).toEqual(before);
  expect(await storedVisits(page)).toEqual([]);
  await context.close();
});
