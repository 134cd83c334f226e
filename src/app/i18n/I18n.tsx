// The chosen language for the whole kiosk, handed down by context. Switching language also
// sets <html lang dir>, so a right-to-left language mirrors the whole layout and screen readers
// and speech pick the right voice. The kiosk's strings exist in every language; staff strings in
// Danish, English and Arabic only, so t() gives a staff key in Danish under any other language.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { interpolate } from './interpolate';
import type { MessageParams } from './interpolate';
import { DEFAULT_LANGUAGE, languageByCode, staffLanguage } from './languages';
import type { LanguageCode, StaffLanguageCode, TextDirection } from './languages';
import { KIOSK_MESSAGES, STAFF_MESSAGES, isKioskKey } from './messages';
import type { MessageKey } from './messages/da';
import type { CountryNames } from './names/shipped';
import { kioskCountryName, loadShippedNames, needsShippedNames } from './names/shipped';

export interface I18n {
  lang: LanguageCode;
  dir: TextDirection;
  /** The tag Intl knows the language by (Dari: fa-AF, Kurmanji: ku), for dates and sorting. */
  locale: string;
  /** The language staff keys are given in: `lang` when staff text exists in it, else Danish. */
  staffLang: StaffLanguageCode;
  t: (key: MessageKey, params?: MessageParams) => string;
  setLang: (code: LanguageCode) => void;
  countryName: (code: string) => string;
  /** A number in the language's own digits (Persian digits in Farsi and Dari, for example). */
  formatNumber: (n: number) => string;
}

function numberFormatter(code: LanguageCode): (n: number) => string {
  const { locale, digits } = languageByCode(code);
  const format = new Intl.NumberFormat(locale, { numberingSystem: digits });
  return (n) => format.format(n);
}

export function createI18n(
  lang: LanguageCode,
  setLang: (code: LanguageCode) => void,
  shippedNames?: CountryNames,
): I18n {
  const language = languageByCode(lang);
  const kiosk = KIOSK_MESSAGES[lang];
  const staffLang = staffLanguage(lang);
  const staff = STAFF_MESSAGES[staffLang];
  const formatNumber = numberFormatter(lang);
  const formatStaffNumber = staffLang === lang ? formatNumber : numberFormatter(staffLang);
  return {
    lang,
    dir: language.dir,
    locale: language.locale,
    staffLang,
    t: (key, params) =>
      isKioskKey(key)
        ? interpolate(kiosk[key], params, formatNumber)
        : interpolate(staff[key], params, formatStaffNumber),
    setLang,
    countryName: (code) => kioskCountryName(code, language, shippedNames),
    formatNumber,
  };
}

const I18nContext = createContext<I18n | null>(null);

interface I18nProviderProps {
  initial?: LanguageCode;
  /** Told after every switch, e.g. to remember the language between visitors. */
  onChange?: (code: LanguageCode) => void;
  children: ComponentChildren;
}

type LoadedNames = Partial<Record<LanguageCode, CountryNames>>;

/** Loads the shipped country names `code` needs in this browser, if any; never fails. */
function loadNamesFor(
  code: LanguageCode,
  setNames: (update: (old: LoadedNames) => LoadedNames) => void,
): Promise<void> {
  const language = languageByCode(code);
  if (!needsShippedNames(language)) return Promise.resolve();
  return loadShippedNames(language.code).then(
    (table) => setNames((old) => (old[code] ? old : { ...old, [code]: table })),
    // Without the table the names come from Intl (in English there); the kiosk still works.
    (error: unknown) => console.error(`Country names for ${code} did not load.`, error),
  );
}

export function I18nProvider({
  initial = DEFAULT_LANGUAGE,
  onChange,
  children,
}: I18nProviderProps) {
  const [lang, setLangState] = useState<LanguageCode>(initial);
  const [names, setNames] = useState<LoadedNames>({});
  // Only the latest choice counts when a tap waits for a language's country names to load.
  const latest = useRef(0);

  // A new default (e.g. staff changed it in settings) takes over from the current choice.
  useEffect(() => {
    latest.current += 1;
    setLangState(initial);
  }, [initial]);
  // The first language, or one chosen before its names had come, gets them here.
  useEffect(() => void loadNamesFor(lang, setNames), [lang]);

  const value = useMemo(() => {
    const setLang = (code: LanguageCode) => {
      latest.current += 1;
      const ticket = latest.current;
      const switchTo = () => {
        if (ticket !== latest.current) return;
        setLangState(code);
        onChange?.(code);
      };
      // A language whose names must load switches once they have (a few milliseconds from the
      // precache), so a woman never sees her countries named in English first.
      if (!needsShippedNames(languageByCode(code)) || names[code]) switchTo();
      else void loadNamesFor(code, setNames).then(switchTo);
    };
    return createI18n(lang, setLang, names[lang]);
  }, [lang, names, onChange]);

  useLayoutEffect(() => {
    document.documentElement.lang = value.lang;
    document.documentElement.dir = value.dir;
  }, [value.lang, value.dir]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it');
  return i18n;
}
