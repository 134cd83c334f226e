// Country names for reports and CSV files. They come from a table generated at build time from
// Node's full ICU (src/scripts/make-country-names.mjs), not from the runtime's Intl data, because a
// tablet's browser and the server may ship different ICU versions, and the same visits must give
// the same bytes on both. The kiosk screens keep using Intl through countryName() in countries.ts.
import { COUNTRY_NAMES_DA, COUNTRY_NAMES_EN } from './countryNames.generated';

export type CountryNameLang = 'da' | 'en';

const TABLES: Record<CountryNameLang, Readonly<Record<string, string>>> = {
  da: COUNTRY_NAMES_DA,
  en: COUNTRY_NAMES_EN,
};

/** The country's name in Danish or English as reports write it; the code itself if unknown. */
export function reportCountryName(code: string, lang: CountryNameLang): string {
  const names = TABLES[lang];
  return Object.hasOwn(names, code) ? (names[code] ?? code) : code;
}
