// Every kiosk screen heard, in a real Chromium with a recorded stand-in for its speech: in Danish,
// Arabic and Tigrinya, a tap on the speaker says the question and then every choice shown, in the
// order shown, marking each in turn; a centre's recording plays instead of the voice wherever one
// exists; municipality names are said by the Danish voice where there is no recording of them.
// The stand-in has Danish and Arabic voices and none for Tigrinya, as a real tablet often has,
// and the centre's recordings file (loaded in the staff view) gives Tigrinya all its sound.
import { expect, test } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { KIOSK_COUNTRY_CODES } from '../../src/shared/regions';
import { DEFAULT_FEATURED_COUNTRIES } from '../../src/shared/countries';
import { MUNICIPALITIES } from '../../src/shared/municipalities';
import type { SoundItem } from '../../src/app/data/soundItems';
import {
  ANSWERS,
  countryItem,
  municipalityItem,
  PROMPTS,
  recordingLanguage,
  regionItem,
} from '../../src/app/data/soundItems';
import { REGION_IDS } from '../../src/shared/regions';
import { LANGUAGES } from '../../src/app/i18n/languages/languages';
import { openStaffFirstTime, useBrowserTest } from './harness';
import type { Said, StandInVoice } from './speechStandIn';
import { forgetSaid, installSpeechStandIn, saidSoFar } from './speechStandIn';

const VOICES: StandInVoice[] = [
  { name: 'Dansk stemme', lang: 'da-DK' },
  { name: 'Arabic voice', lang: 'ar-SA' },
];

// Half the municipality names are recorded (once, under Danish): the rest are said by the Danish
// voice in every language.
const RECORDED_NAMES = MUNICIPALITIES.filter((_, index) => index % 2 === 1).map((m) =>
  municipalityItem(m.code),
);
// Tigrinya has everything a recording session asks for, and every country's name.
const TIGRINYA: SoundItem[] = [
  ...PROMPTS,
  ...ANSWERS,
  ...REGION_IDS.map(regionItem),
  ...KIOSK_COUNTRY_CODES.map(countryItem),
];
// Danish has a voice, and one recording that must be heard instead of it.
const DANISH_RECORDED = countryItem(DEFAULT_FEATURED_COUNTRIES[0] ?? 'TR');

const RECORDED = new Set<string>([
  ...TIGRINYA.map((item) => `ti/${item}`),
  ...RECORDED_NAMES.map((item) => `da/${item}`),
  `da/${DANISH_RECORDED}`,
]);

/**
 * A tenth of a second of silence as a real WAV file (the browser must be able to load it), with a
 * chunk of its own naming what it is, for the stand-in to log.
 */
function namedSilence(name: string): Buffer {
  const samples = Buffer.alloc(800, 128);
  const note = Buffer.from(`KEY:${name};`, 'utf8');
  const notePadded = Buffer.concat([note, Buffer.alloc(note.length % 2)]);
  const format = Buffer.alloc(16);
  format.writeUInt16LE(1, 0); // PCM
  format.writeUInt16LE(1, 2); // mono
  format.writeUInt32LE(8000, 4); // samples a second
  format.writeUInt32LE(8000, 8); // bytes a second
  format.writeUInt16LE(1, 12); // bytes a frame
  format.writeUInt16LE(8, 14); // bits a sample
  const chunk = (id: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(id, 0, 'ascii');
    head.writeUInt32LE(body.length, 4);
    return Buffer.concat([head, body]);
  };
  const body = Buffer.concat([
    Buffer.from('WAVE', 'ascii'),
    chunk('fmt ', format),
    chunk('data', samples),
    chunk('note', notePadded),
  ]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'ascii');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

/** The centre's recordings file. */
function recordingsFile(): string {
  const recordings = [...RECORDED].map((key) => {
    const [language, item] = key.split('/') as [string, string];
    return {
      language,
      item,
      mime: 'audio/wav',
      recordedAt: '2026-12-01T10:00:00.000Z',
      audio: namedSilence(key).toString('base64'),
    };
  });
  return JSON.stringify({
    format: 'velkommen-recordings',
    version: 2,
    exportedAt: '2026-12-01T10:00:00.000Z',
    recordings,
  });
}

const app = useBrowserTest();

async function loadRecordings(page: Page): Promise<void> {
  await openStaffFirstTime(page);
  await page.getByRole('tab', { name: 'Optagelser' }).click();
  await page.getByLabel('Indlæs optagelser fra en fil').setInputFiles({
    name: 'velkommen-recordings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(recordingsFile(), 'utf8'),
  });
  await page.getByText(`Indlæst: ${RECORDED.size} nye`, { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Tilbage til kiosken' }).click();
}

/** One line the speaker should say: its item, the words on the screen, the element it marks. */
interface Line {
  item: SoundItem;
  words: string;
  mark: string | null;
}

/** What a line must sound like in `lang`: a recording, a voice in a language, or nothing. */
function expectedSound(line: Line, lang: string): Partial<Said> | null {
  const key = `${recordingLanguage(line.item, lang)}/${line.item}`;
  if (RECORDED.has(key)) return { via: 'recording', what: key, marked: line.mark };
  const voiceOf = (code: string) => VOICES.find((voice) => voice.lang.startsWith(`${code}-`));
  const voice = line.item.startsWith('municipality.')
    ? (voiceOf('da') ?? voiceOf(lang))
    : voiceOf(lang);
  if (!voice) return null;
  return { via: 'voice', lang: voice.lang, marked: line.mark };
}

const screen = (page: Page, name: string): Locator => page.locator(`[data-screen="${name}"]`);
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The choice tiles of a screen as lines, in the order they stand. */
async function tileLines(page: Page, name: string, kind: 'country' | 'municipality') {
  return screen(page, name)
    .locator('.choice-tile')
    .evaluateAll(
      (tiles, kind) =>
        tiles.map((tile) => {
          const element = tile as HTMLElement;
          const { code, action } = element.dataset;
          const words = element.querySelector('.choice-tile__label')?.textContent ?? '';
          const item =
            code !== undefined
              ? `${kind}.${code}`
              : action === 'more-countries'
                ? 'choice.moreCountries'
                : action === 'more-municipalities'
                  ? 'choice.moreMunicipalities'
                  : action === 'skip'
                    ? 'choice.skip'
                    : action?.startsWith('region-')
                      ? `region.${action.slice('region-'.length)}`
                      : `unknown:${action}`;
          return { item, words, mark: code ?? action ?? null };
        }),
      kind,
    ) as Promise<Line[]>;
}

/** A line for a button found by its data-action, saying the words it shows. */
async function buttonLine(page: Page, action: string, item: SoundItem): Promise<Line> {
  const words = squash(await page.locator(`[data-action="${action}"]`).textContent());
  return { item, words, mark: action };
}

/**
 * Taps the speaker, waits until it has finished, and checks what was said against `lines`: the
 * question first (its words begin with `question`), then each line in order, each by a recording
 * where one exists and else by the right voice, each marked while it was said.
 */
async function hear(page: Page, lang: string, question: Line, lines: Line[]): Promise<void> {
  await forgetSaid(page);
  const speaker = page.locator('[data-action="speak"]').first();
  await speaker.click();
  const expected = [question, ...lines]
    .map((line) => ({ line, sound: expectedSound(line, lang) }))
    .filter((entry) => entry.sound !== null);
  // Done when the speaker is no longer pressed and nothing more is said for a moment.
  let heard = -1;
  await expect
    .poll(
      async () => {
        const count = (await saidSoFar(page)).length;
        const still = count === heard && (await speaker.getAttribute('aria-pressed')) !== 'true';
        heard = count;
        return still;
      },
      { timeout: 30_000, interval: 400 },
    )
    .toBe(true);
  const said = await saidSoFar(page);
  // First the order and the sources, which say the most when they differ.
  const outline = (entry: Partial<Said>) =>
    entry.via === 'recording'
      ? `recording ${entry.what} @${entry.marked}`
      : `voice ${entry.lang} @${entry.marked}`;
  expect(said.map(outline), lang).toEqual(expected.map(({ sound }) => outline(sound ?? {})));
  expected.forEach(({ line, sound }, index) => {
    const heard = said[index];
    const where = `${lang}, line ${index + 1} (${line.item})`;
    expect(heard, where).toMatchObject(sound ?? {});
    if (heard?.via === 'voice') {
      const words = squash(heard.what);
      if (line === question) expect(words.startsWith(line.words), where).toBe(true);
      else expect(words, where).toBe(squash(line.words));
    }
  });
}

async function questionLine(page: Page, name: string, item: SoundItem): Promise<Line> {
  const words = squash(await screen(page, name).locator('h1').first().textContent());
  return { item, words, mark: null };
}

async function walk(page: Page, lang: string): Promise<void> {
  // The first question, the featured countries, another country and prefer not to say.
  await screen(page, 'country').locator('.choice-tile').first().waitFor();
  await hear(
    page,
    lang,
    await questionLine(page, 'country', 'country'),
    await tileLines(page, 'country', 'country'),
  );

  // The parts of the world, then one part's flags.
  await page.locator('[data-action="more-countries"]').click();
  await page.locator('[data-action="region-eastAfrica"]').waitFor();
  await hear(
    page,
    lang,
    await questionLine(page, 'all-countries', 'country'),
    await tileLines(page, 'all-countries', 'country'),
  );
  await page.locator('[data-action="region-eastAfrica"]').click();
  await screen(page, 'all-countries').locator('.choice-tile[data-code]').first().waitFor();
  await hear(
    page,
    lang,
    await questionLine(page, 'all-countries', 'country'),
    await tileLines(page, 'all-countries', 'country'),
  );
  await page.locator('[data-action="back"]').click();
  await page.locator('[data-action="region-eastAfrica"]').waitFor();
  await page.locator('[data-action="back"]').click();

  // Municipalities: the featured ones, then a page of all of them.
  const firstCountry = screen(page, 'country').locator('.choice-tile[data-code]').first();
  const chosenCountry = (await firstCountry.getAttribute('data-code')) ?? '';
  await firstCountry.click();
  await screen(page, 'municipality').locator('.choice-tile').first().waitFor();
  await hear(
    page,
    lang,
    await questionLine(page, 'municipality', 'municipality'),
    await tileLines(page, 'municipality', 'municipality'),
  );
  await page.locator('[data-action="more-municipalities"]').click();
  await screen(page, 'all-municipalities').locator('.choice-tile').first().waitFor();
  await hear(
    page,
    lang,
    await questionLine(page, 'all-municipalities', 'municipality'),
    await tileLines(page, 'all-municipalities', 'municipality'),
  );
  await page.locator('[data-action="back"]').click();
  const firstMunicipality = screen(page, 'municipality').locator('.choice-tile[data-code]').first();
  const chosenMunicipality = (await firstMunicipality.getAttribute('data-code')) ?? '';
  await firstMunicipality.click();

  // Who is here: every choice and control on the screen.
  await screen(page, 'party').waitFor();
  const group = page.locator('.party-screen__group-title');
  await hear(page, lang, await questionLine(page, 'party', 'party'), [
    await buttonLine(page, 'just-me', 'choice.justMe'),
    { item: 'choice.meAndChildren', words: squash(await group.textContent()), mark: 'group' },
    await buttonLine(page, 'with-me', 'party.withMe'),
    await buttonLine(page, 'child-alone', 'choice.childAlone'),
    await buttonLine(page, 'add-child', 'party.addChild'),
    await buttonLine(page, 'remove-child', 'party.removeChild'),
    await buttonLine(page, 'next', 'party.next'),
  ]);
  await page.locator('[data-action="add-child"]').click();
  await page.locator('[data-action="add-child"]').click();
  await page.locator('[data-action="next"]').click();

  // Her answers read back, then the check mark.
  await screen(page, 'summary').waitFor();
  const answer = async (action: string, item: SoundItem): Promise<Line> => ({
    item,
    words: squash(
      await page.locator(`[data-action="${action}"] .summary-screen__label`).textContent(),
    ),
    mark: action,
  });
  await hear(page, lang, await questionLine(page, 'summary', 'summary'), [
    await answer('edit-country', countryItem(chosenCountry)),
    await answer('edit-municipality', municipalityItem(chosenMunicipality)),
    await answer('edit-party', 'choice.meAndChildren'),
    await buttonLine(page, 'confirm', 'summary.confirm'),
  ]);
  await page.locator('[data-action="confirm"]').click();

  // The thanks, then undo.
  await screen(page, 'thanks').waitFor();
  await hear(page, lang, await questionLine(page, 'thanks', 'thanks'), [
    await buttonLine(page, 'undo', 'thanks.undo'),
  ]);
}

async function tablet(): Promise<BrowserContext> {
  const context = await app.browser.newContext({
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
    reducedMotion: 'reduce',
    // The stand-in reads each recording's body with fetch(), which the page's policy keeps to its
    // own origin; the policy itself is checked in csp.e2e.ts.
    bypassCSP: true,
  });
  await installSpeechStandIn(context, VOICES);
  return context;
}

async function chooseLanguage(page: Page, code: string): Promise<void> {
  const name = LANGUAGES.find((language) => language.code === code)?.name ?? code;
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
}

test.for(['da', 'ar', 'ti'])(
  'in %s the speaker says every question and every choice, in order, marking each',
  { timeout: 180_000 },
  async (lang) => {
    const context = await tablet();
    const page = await context.newPage();
    try {
      await page.goto(app.server.url);
      await screen(page, 'country').waitFor();
      await loadRecordings(page);
      await screen(page, 'country').waitFor();
      await chooseLanguage(page, lang);
      await walk(page, lang);
    } finally {
      await context.close();
    }
  },
);
