// Fonts in a real Chromium: every letter the kiosk can show in each language (its strings, its
// own name, every country's name in it) is drawn by a font the app ships, never by one of the
// machine's fonts and never as a missing-glyph box. Chromium's DevTools protocol tells which
// fonts drew a piece of text (CSS.getPlatformFontsForNode), so a fallback cannot hide.
import { expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { COUNTRY_CODES, countryName } from '../../src/shared/countries';
import { LANGUAGES, STAFF_LANGUAGES } from '../../src/app/i18n/languages/languages';
import type { Language } from '../../src/app/i18n/languages/languages';
import { KIOSK_MESSAGES, STAFF_MESSAGES } from '../../src/app/i18n/messages';
import { hasShippedNames, loadShippedNames } from '../../src/app/i18n/names/shipped';
import { tabletContext, useBrowserTest } from './harness';

/** The families the app ships (src/app/i18n/fonts.ts) and names in theme.css. */
const SHIPPED_FAMILIES = ['Noto Sans', 'Noto Sans Arabic', 'Noto Sans Ethiopic'];

const app = useBrowserTest();

/** All the text the kiosk can show in a language, as it shows it (names shipped or from Intl). */
async function everyText(language: Language): Promise<string> {
  const shipped = hasShippedNames(language.code) ? await loadShippedNames(language.code) : null;
  const names = COUNTRY_CODES.map((code) => shipped?.[code] ?? countryName(code, language.locale));
  const staff = (STAFF_LANGUAGES as readonly string[]).includes(language.code)
    ? Object.values(STAFF_MESSAGES[language.code as (typeof STAFF_LANGUAGES)[number]])
    : [];
  const digits = new Intl.NumberFormat(language.locale, {
    numberingSystem: language.digits,
  }).format(1234567890);
  return [
    language.name,
    digits,
    ...Object.values(KIOSK_MESSAGES[language.code]),
    ...staff,
    ...names,
  ]
    .join(' ')
    .replace(/\{\w+\}/g, '');
}

interface UsedFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** Puts the text on the page in the app's font, in both weights, and asks which fonts drew it. */
async function fontsDrawing(
  page: Page,
  cdp: CDPSession,
  language: Language,
  text: string,
  weight: 400 | 700,
): Promise<UsedFont[]> {
  await page.evaluate(
    async ({ code, dir, text, weight }) => {
      document.getElementById('glyph-probe')?.remove();
      const probe = document.createElement('p');
      probe.id = 'glyph-probe';
      probe.lang = code;
      probe.dir = dir;
      probe.style.fontWeight = String(weight);
      probe.textContent = text;
      document.body.append(probe);
      const family = getComputedStyle(probe).fontFamily;
      await document.fonts.load(`${weight} 20px ${family}`, text);
      await document.fonts.ready;
    },
    { code: language.code, dir: language.dir, text, weight },
  );
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '#glyph-probe',
  });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

test('every script the languages need is drawn by the fonts the app ships', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  // Offline from the first byte after this load would need the service worker; fonts come from the
  // build either way, which is what is checked here.
  await page.goto(app.server.url);
  await page.locator('[data-screen="country"]').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');

  for (const language of LANGUAGES) {
    const text = await everyText(language);
    for (const weight of [400, 700] as const) {
      const fonts = await fontsDrawing(page, cdp, language, text, weight);
      const label = `${language.code} ${weight}`;
      expect(fonts.length, label).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.isCustomFont, `${label}: ${font.familyName} is the machine's`).toBe(true);
        expect(SHIPPED_FAMILIES, label).toContain(font.familyName);
      }
    }
  }
  await context.close();
});

test('each script’s own font is loaded and has the glyphs (document.fonts.check)', async () => {
  const context = await tabletContext(app.browser);
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.locator('[data-screen="country"]').waitFor();
  const samples = [
    { family: 'Noto Sans', text: 'Dansk æøå Türkçe ğış Kurdî êîûçş Soomaali' },
    { family: 'Noto Sans', text: 'Українська ґєії' },
    { family: 'Noto Sans Arabic', text: 'العربية فارسی دری اردو کوردی ێۆڕڵە ٹڈڑںےہ ۱۲۳ ١٢٣' },
    { family: 'Noto Sans Ethiopic', text: 'ትግርኛ ካበይ ሃገር ኢኺ? ።' },
  ];
  const results = await page.evaluate(async (samples) => {
    const answers = [];
    for (const { family, text } of samples) {
      for (const weight of [400, 700]) {
        const font = `${weight} 20px "${family}"`;
        const faces = await document.fonts.load(font, text);
        answers.push({ font, text, faces: faces.length, check: document.fonts.check(font, text) });
      }
    }
    return answers;
  }, samples);
  for (const result of results) {
    // check() is also true when no face matches at all, so a face must have loaded too.
    expect(result.faces, `${result.font}: ${result.text}`).toBeGreaterThan(0);
    expect(result.check, `${result.font}: ${result.text}`).toBe(true);
  }
  await context.close();
});
