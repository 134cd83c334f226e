// Country names the app ships for languages a browser may have no data for. Chromium knows no
// Somali, Tigrinya or Kurdish and silently answers Intl.DisplayNames in English; these tables,
// generated from Node's full ICU by src/scripts/make-kiosk-country-names.mjs, fill in. Each is its own
// chunk, loaded only when the kiosk turns to that language, so the first screen does not carry it.
import { countryName } from '../../../shared/countries';
import type { Language, LanguageCode } from '../languages/languages';

export type CountryNames = Readonly<Record<string, string>>;

const SHIPPED = {
  so: () => import('./so'),
  ti: () => import('./ti'),
  ckb: () => import('./ckb'),
  kmr: () => import('./kmr'),
} satisfies Partial<Record<LanguageCode, () => Promise<{ COUNTRY_NAMES: CountryNames }>>>;

export type ShippedNamesCode = keyof typeof SHIPPED;

/** The languages whose country names ship with the app, in the order above. */
export const SHIPPED_NAME_LANGUAGES = Object.keys(SHIPPED) as ShippedNamesCode[];

export function hasShippedNames(code: LanguageCode): code is ShippedNamesCode {
  return Object.hasOwn(SHIPPED, code);
}

/** Whether this runtime's Intl has region names for the locale, rather than English ones. */
function runtimeKnows(locale: string): boolean {
  try {
    return Intl.DisplayNames.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** Whether the kiosk must load the shipped names to speak `language` here. */
export function needsShippedNames(
  language: Language,
  knows: (locale: string) => boolean = runtimeKnows,
): language is Language & { code: ShippedNamesCode } {
  return hasShippedNames(language.code) && !knows(language.locale);
}

export async function loadShippedNames(code: ShippedNamesCode): Promise<CountryNames> {
  const module = await SHIPPED[code]();
  return module.COUNTRY_NAMES;
}

/** The country's name for the kiosk: from the shipped table when there is one, else from Intl. */
export function kioskCountryName(code: string, language: Language, shipped?: CountryNames): string {
  if (shipped && Object.hasOwn(shipped, code)) return shipped[code] ?? code;
  return countryName(code, language.locale);
}
