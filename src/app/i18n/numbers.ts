// Numbers as a language writes and counts them: its own digits, and the plural category its rules
// put a number in (Danish one/other, Arabic zero/one/two/few/many/other). Both Intl objects are
// made at the first number, not with every language: building one costs a cold start tens of
// milliseconds on a slow tablet, and the kiosk's first screen shows no number.
import type { Language } from './languages/languages';

export interface LocaleNumbers {
  /** A number in the language's own digits (Persian digits in Farsi and Dari, for example). */
  format: (n: number) => string;
  /** The plural category of `n` by the language's rules, chosen with its locale. */
  category: (n: number) => Intl.LDMLPluralRule;
}

export function localeNumbers({
  locale,
  digits,
}: Pick<Language, 'locale' | 'digits'>): LocaleNumbers {
  let format: Intl.NumberFormat | undefined;
  let rules: Intl.PluralRules | undefined;
  return {
    format: (n) => {
      format ??= new Intl.NumberFormat(locale, { numberingSystem: digits });
      return format.format(n);
    },
    category: (n) => {
      rules ??= new Intl.PluralRules(locale);
      return rules.select(n);
    },
  };
}
