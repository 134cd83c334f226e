// Two centres on one server, in a real Chromium against the real server: the municipality (the
// server's coordinator token) names the first centre, adds a second, and sees each centre's visits
// side by side with the consolidated table, whose totals are the centres' sum; choosing one centre
// narrows every view to it. A centre coordinator token made on the page sees its own centre only,
// by name and with no switcher, until it is withdrawn. axe checks the new views; screenshots go
// to tests/artifacts/screenshots/centres-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/server';
import type { Centre } from '../../src/shared/api/centres';
import { CentreListSchema } from '../../src/shared/api/centres';
import { toQuarterHour } from '../../src/shared/time';
import { axeViolations } from './axe';
import { launchBrowser, serveApp, TOKENS } from './harness';

const SCREENSHOTS_DIR = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const NORTH = 'Kvindehuset Nord';
const SOUTH = 'Kvindehuset Syd';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveApp()]);
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function centres(): Promise<Centre[]> {
  const response = await fetch(`${server.url}/api/v1/centres`, {
    headers: { Authorization: `Bearer ${TOKENS.coordinator}` },
  });
  expect(response.status).toBe(200);
  return CentreListSchema.parse(await response.json()).centres;
}

/** Visits of one centre, sent as the municipality may: naming the centre. */
async function visitsFor(centre: Centre, parties: { country: string; children: number }[]) {
  const at = toQuarterHour(new Date(), centre.timeZone);
  const visits = parties.flatMap(({ country, children }) => {
    const partyId = crypto.randomUUID();
    const one = (ageGroup: 'adult' | 'child') => ({
      id: crypto.randomUUID(),
      visitedAt: at,
      country,
      municipality: '101',
      ageGroup,
      partyId,
      deviceId: 'door-1',
      voided: false,
      kind: 'visitor',
    });
    return [one('adult'), ...Array.from({ length: children }, () => one('child'))];
  });
  const response = await fetch(`${server.url}/api/v1/visits?centre=${centre.id}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKENS.coordinator}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ visits }),
  });
  expect(response.status).toBe(200);
  const answer = (await response.json()) as { stored: string[] };
  expect(answer.stored).toHaveLength(visits.length);
}

async function signIn(context: BrowserContext, token: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/coordinator`);
  await page.getByLabel('Koordinatorkode').fill(token);
  await page.getByRole('button', { name: 'Åbn', exact: true }).click();
  await page.getByRole('table', { name: 'Oprindelsesland', exact: true }).waitFor();
  return page;
}

/** The figures of a table's total line, as shown. */
async function totalLine(table: Locator): Promise<number[]> {
  const row = table.getByRole('row', { name: /Totalt antal brugere/ });
  const cells = await row.getByRole('cell').allInnerTexts();
  return cells.map((text) => Number(text.replace(/\D/g, '')));
}

const office = () =>
  browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'da-DK',
    // axe is injected as a script of the test's own, which the page's policy would refuse.
    bypassCSP: true,
  });

test('the municipality sees the centres side by side, and a centre token its own only', async () => {
  const municipalityContext = await office();
  const page = await signIn(municipalityContext, TOKENS.coordinator);
  const panel = page.getByRole('region', { name: 'Centre', exact: true });
  await panel.waitFor();

  // The first centre, made at first start, gets its name; a second one is added.
  const [first] = await centres();
  if (!first) throw new Error('The server made no first centre.');
  await panel.getByRole('button', { name: `Ret ${first.name}` }).click();
  const edit = panel.getByRole('region', { name: `Ret »${first.name}«` });
  await edit.getByRole('textbox', { name: 'Navn' }).fill(NORTH);
  await edit.getByRole('button', { name: 'Gem ændringerne' }).click();
  await expect.poll(() => panel.getByRole('status').first().innerText()).toContain(NORTH);
  const add = panel.getByRole('region', { name: 'Tilføj et center' });
  await add.getByRole('textbox', { name: 'Navn' }).fill(SOUTH);
  await add.getByRole('button', { name: 'Tilføj centret' }).click();
  await page.getByRole('article', { name: SOUTH }).waitFor();

  const byName = new Map((await centres()).map((centre) => [centre.name, centre]));
  const north = byName.get(NORTH);
  const south = byName.get(SOUTH);
  if (!north || !south) throw new Error('The centres were not both made.');
  await visitsFor(north, [
    { country: 'TR', children: 2 },
    { country: 'SY', children: 0 },
  ]);
  await visitsFor(south, [
    { country: 'TR', children: 1 },
    { country: 'IQ', children: 0 },
    { country: 'IQ', children: 0 },
  ]);

  await page.reload();
  const switcher = page.getByRole('combobox', { name: 'Center' });
  await switcher.waitFor();
  await expect.poll(() => page.getByRole('banner').innerText()).toContain('Alle centre');
  const consolidated = page.getByRole('table', { name: 'Oprindelsesland', exact: true });
  const side = page.getByRole('table', { name: 'Oprindelsesland: centrene side om side' });
  await side.waitFor();
  await expect.poll(() => totalLine(consolidated)).toEqual([5, 3, 8]);
  // North, South, and all centres together: adults and children each.
  const sides = await totalLine(side);
  expect(sides).toEqual([2, 2, 3, 1, 5, 3]);
  const [northAdults = 0, northChildren = 0, southAdults = 0, southChildren = 0] = sides;
  expect([northAdults + southAdults, northChildren + southChildren]).toEqual(sides.slice(4));
  const turkey = await side
    .getByRole('row', { name: /Tyrkiet/ })
    .getByRole('cell')
    .allInnerTexts();
  expect(turkey).toEqual(['1', '2', '1', '1', '2', '3']);
  const municipalities = page.getByRole('table', { name: 'Hjemkommune: centrene side om side' });
  expect(await totalLine(municipalities)).toEqual([2, 2, 3, 1, 5, 3]);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS_DIR, 'centres-all.png'), fullPage: true });

  // One centre: the heading, the report and the tablets follow it; no side-by-side table.
  await switcher.selectOption({ label: SOUTH });
  await expect.poll(() => page.getByRole('banner').innerText()).toContain(SOUTH);
  await expect.poll(() => totalLine(consolidated)).toEqual([3, 1, 4]);
  expect(await side.count()).toBe(0);

  // A coordinator token for North, shown once.
  const tokens = page
    .getByRole('article', { name: NORTH })
    .getByRole('region', { name: `Koordinatorkoder for ${NORTH}` });
  await tokens.getByRole('textbox', { name: 'Hvem koden er til' }).fill('Leder, Nord');
  await tokens.getByRole('button', { name: 'Lav en koordinatorkode' }).click();
  const field = tokens.getByRole('textbox', { name: 'Koordinatorkoden' });
  await expect.poll(() => field.inputValue()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const centreToken = await field.inputValue();
  expect(await axeViolations(page)).toEqual([]);
  await tokens.screenshot({ path: join(SCREENSHOTS_DIR, 'centres-token.png') });
  await tokens.getByRole('button', { name: 'Jeg har gemt koden – skjul den' }).click();

  // The centre's own coordinator: North by name, North's figures, no switcher, no centres panel.
  const centreContext = await office();
  const own = await signIn(centreContext, centreToken);
  await expect.poll(() => own.getByRole('banner').innerText()).toContain(NORTH);
  await expect
    .poll(() => totalLine(own.getByRole('table', { name: 'Oprindelsesland', exact: true })))
    .toEqual([2, 2, 4]);
  expect(await own.getByRole('combobox', { name: 'Center' }).count()).toBe(0);
  expect(await own.getByRole('region', { name: 'Centre', exact: true }).count()).toBe(0);
  expect(await own.getByText(SOUTH).count()).toBe(0);
  expect(await axeViolations(own)).toEqual([]);
  await own.screenshot({ path: join(SCREENSHOTS_DIR, 'centres-own.png'), fullPage: true });

  // Withdrawn: the token no longer opens the page.
  await tokens.getByRole('button', { name: 'Træk tilbage: koden til Leder, Nord' }).click();
  await tokens.getByRole('button', { name: 'Ja, træk den tilbage' }).click();
  await tokens.getByText('Koden til »Leder, Nord« er trukket tilbage.').waitFor();
  await own.reload();
  await own.getByLabel('Koordinatorkode').waitFor();

  await municipalityContext.close();
  await centreContext.close();
}, 120_000);
