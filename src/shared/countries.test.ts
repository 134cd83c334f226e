import { getAlpha2Codes } from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, DEFAULT_FEATURED_COUNTRIES, countryName, isCountryCode } from './countries';

describe('COUNTRY_CODES', () => {
  it('is every assigned ISO 3166-1 alpha-2 code plus XK, nothing else', () => {
    const assigned = Object.keys(getAlpha2Codes());
    expect([...COUNTRY_CODES].sort()).toEqual([...new Set([...assigned, 'XK'])].sort());
    expect(COUNTRY_CODES.filter((code) => code !== 'XK')).toHaveLength(249);
    expect(COUNTRY_CODES).toHaveLength(250);
  });

  it('is sorted, unique and in capitals', () => {
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });
});

describe('isCountryCode', () => {
  it('accepts assigned codes, PS and XK', () => {
    for (const code of ['DK', 'TR', 'PS', 'XK', 'SS', 'ER', 'AQ'])
      expect(isCountryCode(code)).toBe(true);
  });

  it('rejects lower case, reserved, withdrawn and made-up codes', () => {
    for (const code of ['dk', 'Dk', 'EU', 'UK', 'YU', 'AN', 'ZZ', 'QQ', 'DNK', 'D', '']) {
      expect(isCountryCode(code), code).toBe(false);
    }
  });
});

describe('DEFAULT_FEATURED_COUNTRIES', () => {
  it('lists 16 distinct country codes in the order the tiles show', () => {
    expect(DEFAULT_FEATURED_COUNTRIES).toEqual([
      'TR',
      'PK',
      'MA',
      'IQ',
      'DK',
      'PS',
      'LB',
      'SO',
      'IR',
      'IN',
      'TN',
      'EG',
      'SY',
      'AF',
      'UA',
      'ER',
    ]);
    expect(new Set(DEFAULT_FEATURED_COUNTRIES).size).toBe(16);
    for (const code of DEFAULT_FEATURED_COUNTRIES) expect(isCountryCode(code), code).toBe(true);
  });
});

describe('countryName', () => {
  it('names a country in the language asked for', () => {
    expect(countryName('DK', 'da')).toBe('Danmark');
    expect(countryName('DK', 'en')).toBe('Denmark');
    expect(countryName('IQ', 'en')).toBe('Iraq');
    expect(countryName('XK', 'en')).toBe('Kosovo');
    expect(countryName('DE', 'da')).toBe('Tyskland');
    expect(countryName('PS', 'da')).toBe('Palæstina');
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('DK', 'ar')).toMatch(/^[\u0600-\u06FF\s]+$/);
  });

  it('falls back to the code when there is no name or the locale is not valid', () => {
    expect(countryName('QQ', 'en')).toBe('QQ');
    expect(countryName('not a code', 'en')).toBe('not a code');
    expect(countryName('DK', 'not a locale!')).toBe('DK');
  });

  it('every listed code has a name of its own in Danish, English and Arabic', () => {
    for (const locale of ['da', 'en', 'ar']) {
      for (const code of COUNTRY_CODES) expect(countryName(code, locale), code).not.toBe(code);
    }
  });
});
