// The kiosk's languages, each named in its own script: a woman who cannot read Danish must
// still find her own language. Flags are never used for languages, only for countries.
// `code` marks the text (lang="…"); `locale` is the tag Intl knows the language by, which differs
// for Dari (Intl has it as Afghan Persian, fa-AF) and Kurmanji (Intl has it as plain Kurdish, ku).
// `digits` is the numbering system CLDR gives the locale (a test checks it against Node's full ICU):
// it is named here because a browser without the language's data would fall back to Latin digits.
export const LANGUAGES = [
  { code: 'da', name: 'Dansk', english: 'Danish', dir: 'ltr', locale: 'da', digits: 'latn' },
  { code: 'en', name: 'English', english: 'English', dir: 'ltr', locale: 'en', digits: 'latn' },
  { code: 'ar', name: 'العربية', english: 'Arabic', dir: 'rtl', locale: 'ar', digits: 'latn' },
  { code: 'tr', name: 'Türkçe', english: 'Turkish', dir: 'ltr', locale: 'tr', digits: 'latn' },
  { code: 'fa', name: 'فارسی', english: 'Farsi', dir: 'rtl', locale: 'fa', digits: 'arabext' },
  { code: 'prs', name: 'دری', english: 'Dari', dir: 'rtl', locale: 'fa-AF', digits: 'arabext' },
  { code: 'ur', name: 'اردو', english: 'Urdu', dir: 'rtl', locale: 'ur', digits: 'latn' },
  { code: 'so', name: 'Soomaali', english: 'Somali', dir: 'ltr', locale: 'so', digits: 'latn' },
  {
    code: 'uk',
    name: 'Українська',
    english: 'Ukrainian',
    dir: 'ltr',
    locale: 'uk',
    digits: 'latn',
  },
  { code: 'ti', name: 'ትግርኛ', english: 'Tigrinya', dir: 'ltr', locale: 'ti', digits: 'latn' },
  {
    code: 'ckb',
    name: 'کوردی',
    english: 'Kurdish (Sorani)',
    dir: 'rtl',
    locale: 'ckb',
    digits: 'arab',
  },
  {
    code: 'kmr',
    name: 'Kurdî',
    english: 'Kurdish (Kurmanji)',
    dir: 'ltr',
    locale: 'ku',
    digits: 'latn',
  },
] as const;

export type Language = (typeof LANGUAGES)[number];
export type LanguageCode = Language['code'];
export type TextDirection = 'ltr' | 'rtl';

export const DEFAULT_LANGUAGE: LanguageCode = 'da';

/** The languages the staff and coordinator screens are written in; the kiosk has them all. */
export const STAFF_LANGUAGES = ['da', 'en', 'ar'] as const satisfies readonly LanguageCode[];
export type StaffLanguageCode = (typeof STAFF_LANGUAGES)[number];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function languageByCode(code: LanguageCode): Language {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES[0];
}

function isStaffLanguage(code: LanguageCode): code is StaffLanguageCode {
  return (STAFF_LANGUAGES as readonly LanguageCode[]).includes(code);
}

/** The language staff screens use in a centre whose kiosk speaks `code`: the same, else Danish. */
export function staffLanguage(code: LanguageCode): StaffLanguageCode {
  return isStaffLanguage(code) ? code : 'da';
}
