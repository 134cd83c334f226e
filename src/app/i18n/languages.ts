// The kiosk's languages, each named in its own script: a woman who cannot read Danish must
// still find her own language. Flags are never used for languages, only for countries.
export const LANGUAGES = [
  { code: 'da', name: 'Dansk', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type Language = (typeof LANGUAGES)[number];
export type LanguageCode = Language['code'];
export type TextDirection = Language['dir'];

export const DEFAULT_LANGUAGE: LanguageCode = 'da';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function languageByCode(code: LanguageCode): Language {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES[0];
}
