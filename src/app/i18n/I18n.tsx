// The chosen language for the whole kiosk, handed down by context. Switching language also
// sets <html lang dir>, so Arabic mirrors the whole layout and screen readers and speech
// pick the right voice.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { countryName as countryNameIn } from '../../shared/countries';
import { interpolate } from './interpolate';
import type { MessageParams } from './interpolate';
import { DEFAULT_LANGUAGE, languageByCode } from './languages';
import type { LanguageCode, TextDirection } from './languages';
import { ar } from './messages/ar';
import { da } from './messages/da';
import type { MessageKey, Messages } from './messages/da';
import { en } from './messages/en';

export const MESSAGES: Record<LanguageCode, Messages> = { da, en, ar };

export interface I18n {
  lang: LanguageCode;
  dir: TextDirection;
  t: (key: MessageKey, params?: MessageParams) => string;
  setLang: (code: LanguageCode) => void;
  countryName: (code: string) => string;
  formatNumber: (n: number) => string;
}

export function createI18n(lang: LanguageCode, setLang: (code: LanguageCode) => void): I18n {
  const messages = MESSAGES[lang];
  const numbers = new Intl.NumberFormat(lang);
  const formatNumber = (n: number) => numbers.format(n);
  return {
    lang,
    dir: languageByCode(lang).dir,
    t: (key, params) => interpolate(messages[key], params, formatNumber),
    setLang,
    countryName: (code) => countryNameIn(code, lang),
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

export function I18nProvider({
  initial = DEFAULT_LANGUAGE,
  onChange,
  children,
}: I18nProviderProps) {
  const [lang, setLangState] = useState<LanguageCode>(initial);
  // A new default (e.g. staff changed it in settings) takes over from the current choice.
  useEffect(() => setLangState(initial), [initial]);
  const value = useMemo(
    () =>
      createI18n(lang, (code) => {
        setLangState(code);
        onChange?.(code);
      }),
    [lang, onChange],
  );

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
