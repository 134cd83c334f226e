import { describe, expect, it } from 'vitest';
import { LANGUAGES, STAFF_LANGUAGES, isLanguageCode, staffLanguage } from './languages';

describe('the kiosk languages', () => {
  it('are the twelve the centres asked for, each named in its own script', () => {
    expect(LANGUAGES.map((language) => [language.code, language.name])).toEqual([
      ['da', 'Dansk'],
      ['en', 'English'],
      ['ar', 'العربية'],
      ['tr', 'Türkçe'],
      ['fa', 'فارسی'],
      ['prs', 'دری'],
      ['ur', 'اردو'],
      ['so', 'Soomaali'],
      ['uk', 'Українська'],
      ['ti', 'ትግርኛ'],
      ['ckb', 'کوردی'],
      ['kmr', 'Kurdî'],
    ]);
  });

  it('run right to left for Arabic, Farsi, Dari, Urdu and Sorani only', () => {
    const rtl = LANGUAGES.filter((language) => language.dir === 'rtl').map((l) => l.code);
    expect(rtl).toEqual(['ar', 'fa', 'prs', 'ur', 'ckb']);
  });

  // Node ships full ICU, so it knows every one of these locales; a browser may not.
  it.each(LANGUAGES.map((language) => [language.code, language] as const))(
    '%s has a locale Intl knows, and the digits CLDR gives it',
    (_code, language) => {
      expect(Intl.DisplayNames.supportedLocalesOf([language.locale])).toHaveLength(1);
      const digits = new Intl.NumberFormat(language.locale).resolvedOptions().numberingSystem;
      expect(language.digits).toBe(digits);
    },
  );

  it('knows Dari and Kurmanji by the tags Intl uses for them', () => {
    expect(new Intl.DisplayNames('fa-AF', { type: 'language' }).of('fa-AF')).toBe('دری');
    const kurmanji = LANGUAGES.find((language) => language.code === 'kmr');
    expect(kurmanji?.locale).toBe('ku');
  });

  it('tells a language code from anything else', () => {
    expect(isLanguageCode('prs')).toBe(true);
    expect(isLanguageCode('ku')).toBe(false);
    expect(isLanguageCode('toString')).toBe(false);
  });
});

describe('staffLanguage', () => {
  it('keeps Danish, English and Arabic, and gives Danish for every other language', () => {
    expect([...STAFF_LANGUAGES]).toEqual(['da', 'en', 'ar']);
    expect(staffLanguage('en')).toBe('en');
    expect(staffLanguage('ar')).toBe('ar');
    for (const code of ['tr', 'fa', 'prs', 'ur', 'so', 'uk', 'ti', 'ckb', 'kmr'] as const) {
      expect(staffLanguage(code)).toBe('da');
    }
  });
});
