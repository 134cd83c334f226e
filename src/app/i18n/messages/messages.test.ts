// Every language's file against the Danish source: the same keys, no empty text, the same
// {placeholders}, plural where Danish's are (plurals.test.ts checks the forms themselves).
// Kiosk strings in all twelve languages; staff strings in Danish, English, Arabic.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, STAFF_LANGUAGES } from '../languages/languages';
import { KIOSK_MESSAGES, STAFF_MESSAGES } from '.';
import { da } from './da';
import { staffDa } from './staff/da';
import { placeholderNames, placeholdersIn } from '../placeholders';

function checkAgainst(source: Readonly<Record<string, string>>, messages: Record<string, string>) {
  it('has exactly the keys of Danish', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(source).sort());
  });

  it('has no empty strings', () => {
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('keeps the placeholders of Danish', () => {
    for (const [key, text] of Object.entries(source)) {
      expect(placeholderNames(messages[key] ?? ''), key).toEqual(placeholderNames(text));
    }
  });
}

describe.each(LANGUAGES.map((language) => language.code))('kiosk messages in %s', (code) => {
  checkAgainst(da, KIOSK_MESSAGES[code]);
});

describe.each([...STAFF_LANGUAGES])('staff messages in %s', (code) => {
  checkAgainst(staffDa, STAFF_MESSAGES[code]);
});

describe('the split between kiosk and staff', () => {
  const STAFF_PREFIXES = ['staff.', 'settings.', 'reports.', 'coordinator.', 'recordings.'];

  it('keeps the staff and coordinator screens’ strings out of the kiosk files', () => {
    for (const key of Object.keys(da)) {
      expect(
        STAFF_PREFIXES.some((prefix) => key.startsWith(prefix)),
        key,
      ).toBe(false);
    }
  });

  it('keeps plural forms to the staff strings: the kiosk reads only plain placeholders', () => {
    for (const [code, table] of Object.entries(KIOSK_MESSAGES)) {
      for (const [key, text] of Object.entries(table)) {
        expect(placeholdersIn(text).plurals, `${code} ${key}`).toEqual([]);
      }
    }
  });

  it('keeps every key in one place only', () => {
    for (const key of Object.keys(staffDa)) expect(Object.hasOwn(da, key), key).toBe(false);
  });
});

describe('the text of each language', () => {
  // A slip of the keyboard layout would put one script's letters in another language's file.
  const SCRIPT: Partial<Record<(typeof LANGUAGES)[number]['code'], RegExp>> = {
    ar: /\p{Script=Arabic}/u,
    fa: /\p{Script=Arabic}/u,
    prs: /\p{Script=Arabic}/u,
    ur: /\p{Script=Arabic}/u,
    ckb: /\p{Script=Arabic}/u,
    uk: /\p{Script=Cyrillic}/u,
    ti: /\p{Script=Ethiopic}/u,
  };

  it.each(Object.entries(SCRIPT))('writes %s in its own script', (code, script) => {
    const messages = KIOSK_MESSAGES[code as keyof typeof KIOSK_MESSAGES];
    for (const [key, text] of Object.entries(messages)) {
      expect(text.replace(/\{\w+\}/g, ''), key).toMatch(script);
    }
  });

  it('writes Sorani with its own letters and Farsi without Arabic’s ي and ك', () => {
    const all = (code: keyof typeof KIOSK_MESSAGES) => Object.values(KIOSK_MESSAGES[code]).join();
    expect(all('ckb')).toMatch(/[ێۆڕڵە]/u);
    for (const code of ['fa', 'prs', 'ckb'] as const) expect(all(code)).not.toMatch(/[يك]/u);
    expect(all('ur')).toMatch(/[ےہ]/u);
  });
});
