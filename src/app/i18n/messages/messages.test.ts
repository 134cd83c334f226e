import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../languages';
import { MESSAGES } from '../I18n';
import { da } from './da';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(LANGUAGES.map((language) => language.code))('messages in %s', (code) => {
  const messages = MESSAGES[code];

  it('has exactly the keys of Danish', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(da).sort());
  });

  it('has no empty strings', () => {
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('keeps the placeholders of Danish', () => {
    for (const [key, text] of Object.entries(da)) {
      expect(placeholders(messages[key as keyof typeof da]), key).toEqual(placeholders(text));
    }
  });
});
