// Accessibility, verified in a real Chromium: axe-core (with the AAA 7:1 contrast rule) on every
// kiosk screen in Danish, Arabic and Tigrinya and on every staff screen, the size of and room
// between everything a finger can touch on the kiosk, and screenshots of each kiosk screen in every
// language (Danish, Arabic and Somali with the tablet held either way round), for a person to look
// at: tests/artifacts/screenshots/<language>-<size>-<screen>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGUAGES } from '../../src/app/i18n/languages/languages';
import { axeViolations } from './axe';
import { longPress, typePin, useBrowserTest } from './harness';
import { targetProblems, touchTargets } from './targets';

/** axe runs on the kiosk in these; a language the app does not have (yet) is left out. */
const AXE_LANGUAGES = ['da', 'ar', 'ti'];
/** Screenshots of the kiosk in every language, the tablet held both ways for these. */
const BOTH_WAYS_LANGUAGES = ['da', 'ar', 'so'];
const SCREENSHOT_LANGUAGES = LANGUAGES.map((language) => language.code as string);
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
];
const SCREENSHOTS_DIR = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

const app = useBrowserTest();

beforeAll(() => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
});

/** The language's own name, as its button on the kiosk shows it; undefined if the app lacks it. */
function languageName(code: string): string | undefined {
  return LANGUAGES.find((language) => language.code === code)?.name;
}

// The page's Content-Security-Policy forbids inline scripts, which is how axe is brought in; the
// policy itself is checked in csp.e2e.ts.
async function tablet(viewport: { width: number; height: number }): Promise<BrowserContext> {
  return app.browser.newContext({
    viewport,
    hasTouch: true,
    reducedMotion: 'reduce',
    bypassCSP: true,
  });
}

/** Switches the kiosk to a language by its button, named in its own script. */
async function chooseLanguage(page: Page, code: string): Promise<void> {
  const name = languageName(code);
  if (name === undefined) throw new Error(`The app has no language ${code}.`);
  const button = page.getByRole('button', { name, exact: true });
  const picker = page.locator('[data-action="language"]');
  // The buttons appear once the kiosk has read which languages staff offer.
  await button.or(picker).first().waitFor();
  if ((await button.count()) === 0) {
    // A kiosk that keeps its languages behind one button opens that first.
    await picker.click();
  }
  await button.click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
}

/** Fonts loaded, pictures drawn: what a person would see after a moment. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      Array.from(document.images)
        .filter((image) => !image.complete)
        .map((image) => new Promise((resolve) => image.addEventListener('load', resolve))),
    );
  });
}

interface Walk {
  page: Page;
  lang: string;
  size: string;
  axe: boolean;
  screenshots: boolean;
  problems: string[];
}

async function check(walk: Walk, screen: string): Promise<void> {
  const { page, lang, size } = walk;
  await settle(page);
  const where = `${lang} ${size} ${screen}`;
  if (walk.axe) {
    for (const violation of await axeViolations(page)) walk.problems.push(`${where}: ${violation}`);
  }
  for (const problem of targetProblems(await touchTargets(page))) {
    walk.problems.push(`${where}: ${problem}`);
  }
  if (walk.screenshots) {
    await page.screenshot({ path: join(SCREENSHOTS_DIR, `${lang}-${size}-${screen}.png`) });
  }
}

const screenShows = (page: Page, name: string) =>
  page.locator(`[data-screen="${name}"]`).waitFor({ timeout: 15_000 });

/** Every kiosk screen, tap by tap, from the first question to the thank-you. */
async function walkTheKiosk(walk: Walk): Promise<void> {
  const { page } = walk;
  await screenShows(page, 'country');
  await check(walk, 'country');

  await page.locator('[data-action="help"]').click();
  await page.getByRole('dialog').waitFor();
  await check(walk, 'help');
  await page.locator('[data-action="close-help"]').click();

  await page.locator('[data-action="more-countries"]').click();
  await screenShows(page, 'all-countries');
  await page.locator('[data-screen="all-countries"] .choice-tile').first().waitFor();
  await check(walk, 'regions');
  await page.locator('[data-action="region-eastAfrica"]').click();
  await page.locator('[data-screen="all-countries"] .choice-tile[data-code]').first().waitFor();
  await check(walk, 'all-countries');
  // Back to the parts of the world, then back to the first question.
  await page.locator('[data-action="back"]').click();
  await page.locator('[data-action="region-eastAfrica"]').waitFor();
  await page.locator('[data-action="back"]').click();

  await screenShows(page, 'country');
  await page.locator('[data-screen="country"] .choice-tile[data-code]').first().click();
  await screenShows(page, 'municipality');
  await check(walk, 'municipality');

  await page.locator('[data-action="more-municipalities"]').click();
  await screenShows(page, 'all-municipalities');
  await page.locator('[data-screen="all-municipalities"] .choice-tile').first().waitFor();
  await check(walk, 'all-municipalities');
  await page.locator('[data-action="back"]').click();

  await screenShows(page, 'municipality');
  await page.locator('[data-screen="municipality"] .choice-tile[data-code]').first().click();
  await screenShows(page, 'party');
  await check(walk, 'party');
  await page.locator('[data-action="add-child"]').click();
  await page.locator('[data-action="add-child"]').click();
  await check(walk, 'party-children');

  await page.locator('[data-action="next"]').click();
  await screenShows(page, 'summary');
  await check(walk, 'summary');

  await page.locator('[data-action="confirm"]').click();
  await screenShows(page, 'thanks');
  await check(walk, 'thanks');
}

const KIOSK_LANGUAGES = [...new Set([...AXE_LANGUAGES, ...SCREENSHOT_LANGUAGES])];
const KIOSK_CASES = KIOSK_LANGUAGES.flatMap((lang) =>
  (BOTH_WAYS_LANGUAGES.includes(lang) ? VIEWPORTS : VIEWPORTS.slice(0, 1)).map((viewport) => ({
    lang,
    viewport,
    size: `${viewport.width}x${viewport.height}`,
  })),
);

test.for(KIOSK_CASES)(
  'the kiosk in $lang at $size: axe, touch targets, screenshots',
  { timeout: 120_000 },
  async ({ lang, viewport, size }, context) => {
    // Languages arrive one by one: a case for one the app does not have yet waits for it.
    if (languageName(lang) === undefined) context.skip();
    const tabletContext = await tablet(viewport);
    const page = await tabletContext.newPage();
    try {
      await page.goto(app.server.url);
      await screenShows(page, 'country');
      await chooseLanguage(page, lang);
      const walk: Walk = {
        page,
        lang,
        size,
        axe: AXE_LANGUAGES.includes(lang),
        screenshots: SCREENSHOT_LANGUAGES.includes(lang),
        problems: [],
      };
      await walkTheKiosk(walk);
      expect(walk.problems.join('\n')).toBe('');
    } finally {
      await tabletContext.close();
    }
  },
);

test.for(AXE_LANGUAGES)('the "still here?" question in %s', async (lang, context) => {
  if (languageName(lang) === undefined) context.skip();
  const tabletContext = await tablet(VIEWPORTS[0] ?? { width: 1280, height: 800 });
  const page = await tabletContext.newPage();
  try {
    // A fake clock, so the minute without a touch passes at once.
    await page.clock.install();
    await page.goto(app.server.url);
    await screenShows(page, 'country');
    await chooseLanguage(page, lang);
    await page.locator('[data-screen="country"] .choice-tile[data-code]').first().click();
    await screenShows(page, 'municipality');
    await page.clock.fastForward(61_000);
    await page.locator('[data-action="stay"]').waitFor();
    const walk: Walk = {
      page,
      lang,
      size: '1280x800',
      axe: true,
      screenshots: SCREENSHOT_LANGUAGES.includes(lang),
      problems: [],
    };
    await check(walk, 'still-here');
    expect(walk.problems.join('\n')).toBe('');
  } finally {
    await tabletContext.close();
  }
});

test('every staff screen passes axe', { timeout: 120_000 }, async () => {
  const tabletContext = await tablet({ width: 1280, height: 800 });
  const page = await tabletContext.newPage();
  const problems: string[] = [];
  const axeOn = async (screen: string) => {
    await settle(page);
    for (const violation of await axeViolations(page)) problems.push(`${screen}: ${violation}`);
  };
  try {
    await page.goto(app.server.url);
    await screenShows(page, 'country');
    await longPress(page, page.getByRole('button', { name: 'Personale', exact: true }));

    await page.getByRole('heading', { name: 'Vælg en pinkode til personalet' }).waitFor();
    await axeOn('PIN pad');
    await typePin(page, '2468');
    await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
    await typePin(page, '2468');

    await page.getByRole('heading', { name: 'I dag', exact: true }).waitFor({ timeout: 10_000 });
    await axeOn('today');
    const sections: [tab: string, heading: string][] = [
      ['Indtjekninger', 'Dagens indtjekninger'],
      ['Rapporter', 'Rapporter og udtræk'],
      ['Indstillinger', 'Indstillinger'],
      ['Optagelser', 'Kioskens stemmer'],
    ];
    for (const [tab, heading] of sections) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      // Live figures and settings arrive a moment after the heading.
      await page.waitForTimeout(300);
      await axeOn(tab);
      // The reports with the week's shape, for review.
      if (tab === 'Rapporter') {
        await page.getByRole('table', { name: /^Ugens rytme/ }).waitFor();
        mkdirSync(SCREENSHOTS_DIR, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS_DIR, 'staff-reports.png'), fullPage: true });
      }
    }
    expect(problems.join('\n')).toBe('');
  } finally {
    await tabletContext.close();
  }
});
