// The chosen language for the whole kiosk, handed down by context. Switching language also
// sets <html lang dir>, so a right-to-left language mirrors the whole layout and screen readers
// and speech pick the right voice. The kiosk's strings exist in every language; staff strings in
// Danish, English and Arabic only, so t() gives a staff key in Danish under any other language.
// Tables load on demand (messages/catalog.ts): a switch waits until its language is there, so the
// screen never shows a mix of two languages.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageParams } from './fill';
import { fillPlain } from './fill';
import { DEFAULT_LANGUAGE, languageByCode, staffLanguage } from './languages/languages';
import type { LanguageCode, StaffLanguageCode, TextDirection } from './languages/languages';
import type { MessageCatalog } from './messages/catalog';
import { messageCatalog } from './messages/catalog';
import type { MessageKey } from './messages/da';
import type { CountryNames } from './names/shipped';
import { kioskCountryName, loadShippedNames, needsShippedNames } from './names/shipped';
import { localeNumbers } from './numbers';

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

/** Whether `table` (a kiosk or a staff table, once loaded) holds `key`. */
function isKeyOf<K extends string>(
  table: Readonly<Record<K, string>> | undefined,
  key: string,
): key is K {
  return table !== undefined && Object.hasOwn(table, key);
}

export function createI18n(
  lang: LanguageCode,
  setLang: (code: LanguageCode) => void,
  shippedNames?: CountryNames,
  catalog: MessageCatalog = messageCatalog,
): I18n {
  const language = languageByCode(lang);
  // Danish stands in only if a language's chunk could not be fetched at all.
  const kiosk = catalog.kiosk(lang) ?? catalog.kiosk(DEFAULT_LANGUAGE);
  const staffLang = staffLanguage(lang);
  const staff = catalog.staff(staffLang);
  // Only the staff strings have plural forms, and what reads them loads with them.
  const fillStaff = catalog.staffInterpolate() ?? fillPlain;
  const numbers = localeNumbers(language);
  // Staff keys count in their own language: Danish plurals under a Ukrainian kiosk, for example.
  const staffNumbers = staffLang === lang ? numbers : localeNumbers(languageByCode(staffLang));
  return {
    lang,
    dir: language.dir,
    locale: language.locale,
    staffLang,
    t: (key, params) => {
      if (isKeyOf(kiosk, key)) return fillPlain(kiosk?.[key] ?? key, params, numbers);
      if (isKeyOf(staff, key)) return fillStaff(staff?.[key] ?? key, params, staffNumbers);
      // A key whose table is not there (only if its chunk failed to load) shows as itself.
      return key;
    },
    setLang,
    countryName: (code) => kioskCountryName(code, language, shippedNames),
    formatNumber: numbers.format,
  };
}

const I18nContext = createContext<I18n | null>(null);

interface I18nProviderProps {
  initial?: LanguageCode;
  /** The staff screens' strings are needed too: children wait until they have loaded. */
  staff?: boolean;
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

/** Loads the strings `code` needs; a failure is logged and leaves the caller where it was. */
function loadTablesFor(code: LanguageCode, staff: boolean): Promise<boolean> {
  return messageCatalog.load(code, staff).then(
    () => true,
    (error: unknown) => {
      console.error(`The strings for ${code} did not load.`, error);
      return false;
    },
  );
}

export function I18nProvider({
  initial = DEFAULT_LANGUAGE,
  staff = false,
  onChange,
  children,
}: I18nProviderProps) {
  const [lang, setLangState] = useState<LanguageCode>(initial);
  const [names, setNames] = useState<LoadedNames>({});
  // Counts tables that arrived for the language on screen (or failed to), to show it then.
  const [arrived, setArrived] = useState(0);
  const [unavailable, setUnavailable] = useState(false);
  // Only the latest choice counts when a tap waits for a language's strings or names to load.
  const latest = useRef(0);

  // A new default (e.g. staff changed it in settings) takes over from the current choice. Only a
  // change counts: a choice made before this effect first ran must not be undone by it.
  const lastInitial = useRef(initial);
  useEffect(() => {
    if (lastInitial.current === initial) return;
    lastInitial.current = initial;
    latest.current += 1;
    setLangState(initial);
  }, [initial]);
  // The first language, or one chosen before its names had come, gets them here.
  useEffect(() => void loadNamesFor(lang, setNames), [lang]);
  // The first language, or a new default, whose strings have not loaded yet.
  const ready = unavailable || messageCatalog.ready(lang, staff);
  useEffect(() => {
    if (ready) return;
    let current = true;
    void loadTablesFor(lang, staff)
      .then(async (loaded) => {
        // Better the Danish fallback than a blank page when a chunk cannot be had.
        if (!loaded) await loadTablesFor(DEFAULT_LANGUAGE, false);
        return loaded;
      })
      .then((loaded) => {
        if (!current) return;
        if (!loaded) setUnavailable(true);
        setArrived((n) => n + 1);
      });
    return () => {
      current = false;
    };
  }, [lang, staff, ready]);

  const value = useMemo(() => {
    const setLang = (code: LanguageCode) => {
      latest.current += 1;
      const ticket = latest.current;
      const switchTo = () => {
        if (ticket !== latest.current) return;
        setLangState(code);
        onChange?.(code);
      };
      // A language whose strings or names must load switches once they have (a few milliseconds
      // from the precache), so a woman never sees her countries named in English first.
      const needsNames = needsShippedNames(languageByCode(code)) && !names[code];
      if (messageCatalog.ready(code, staff) && !needsNames) {
        switchTo();
        return;
      }
      void Promise.all([
        loadTablesFor(code, staff),
        needsNames ? loadNamesFor(code, setNames) : Promise.resolve(),
      ]).then(([loaded]) => {
        if (loaded) switchTo();
      });
    };
    return createI18n(lang, setLang, names[lang]);
    // `arrived` is here so the value is made again once the language's tables are in.
  }, [lang, names, onChange, staff, arrived]);

  useLayoutEffect(() => {
    if (!ready) return;
    document.documentElement.lang = value.lang;
    document.documentElement.dir = value.dir;
  }, [value.lang, value.dir, ready]);

  return <I18nContext.Provider value={value}>{ready ? children : null}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() needs an <I18nProvider> above it');
  return i18n;
}
