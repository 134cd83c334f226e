import { describe, expect, it } from 'vitest';
import { countryNameTable, icuSource } from '../scripts/make-country-names.mjs';
import { COUNTRY_CODES } from './countries';
import { reportCountryName } from './countryNames';
import { COUNTRY_NAMES_DA, COUNTRY_NAMES_EN, COUNTRY_NAMES_SOURCE } from './countryNames.generated';

describe('the generated country-name table', () => {
  it('names every country code in Danish and English, and nothing else', () => {
    for (const names of [COUNTRY_NAMES_DA, COUNTRY_NAMES_EN]) {
      expect(Object.keys(names)).toEqual([...COUNTRY_CODES]);
      for (const code of COUNTRY_CODES) {
        expect(names[code], code).toMatch(/\S/);
        expect(names[code], code).not.toBe(code);
      }
    }
  });

  // A Node with other ICU data may name a country differently; then the table is regenerated on
  // purpose (and checked in), never silently replaced by whatever the runtime says.
  const sameIcu =
    process.versions.icu === COUNTRY_NAMES_SOURCE.icu &&
    process.versions.cldr === COUNTRY_NAMES_SOURCE.cldr;

  it.runIf(sameIcu)('is exactly what the script writes with this Node', () => {
    expect({ da: COUNTRY_NAMES_DA, en: COUNTRY_NAMES_EN }).toEqual(countryNameTable());
    expect(COUNTRY_NAMES_SOURCE.icu).toBe(icuSource().icu);
  });
});

describe('reportCountryName', () => {
  it('names countries as people say them, in the language asked for', () => {
    expect(reportCountryName('DK', 'da')).toBe('Danmark');
    expect(reportCountryName('PS', 'da')).toBe('Palæstina');
    expect(reportCountryName('SY', 'en')).toBe('Syria');
    expect(reportCountryName('US', 'en')).toBe('United States');
    expect(reportCountryName('XK', 'da')).toBe('Kosovo');
  });

  it('falls back to the code for anything that is not a country code', () => {
    expect(reportCountryName('QQ', 'da')).toBe('QQ');
    expect(reportCountryName('toString', 'en')).toBe('toString');
  });
});
