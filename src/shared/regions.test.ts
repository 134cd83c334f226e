import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from './countries';
import { KIOSK_COUNTRY_CODES, REGION_COUNTRIES, REGION_IDS, UNINHABITED } from './regions';

describe('the kiosk’s countries', () => {
  it('are every country code but the places where nobody lives', () => {
    for (const code of ['AQ', 'BV', 'HM', 'IO', 'GS', 'TF', 'UM']) {
      expect(KIOSK_COUNTRY_CODES, code).not.toContain(code);
    }
    expect(KIOSK_COUNTRY_CODES).toHaveLength(COUNTRY_CODES.length - UNINHABITED.length);
    expect([...KIOSK_COUNTRY_CODES, ...UNINHABITED].sort()).toEqual([...COUNTRY_CODES]);
  });

  it('keep small places where people live: Pitcairn, Tokelau, Svalbard, the Falklands', () => {
    for (const code of ['PN', 'TK', 'SJ', 'FK', 'NF', 'CC', 'CX', 'SH', 'XK', 'PS']) {
      expect(KIOSK_COUNTRY_CODES, code).toContain(code);
    }
  });

  it('leave every assigned code valid for visits already stored', () => {
    for (const code of UNINHABITED) expect(isCountryCode(code), code).toBe(true);
  });
});

describe('the regions', () => {
  it('hold every country of the kiosk, each in one region or two', () => {
    const regionsOf = new Map<string, number>();
    for (const id of REGION_IDS) {
      for (const code of REGION_COUNTRIES[id]) regionsOf.set(code, (regionsOf.get(code) ?? 0) + 1);
    }
    expect([...regionsOf.keys()].sort()).toEqual([...KIOSK_COUNTRY_CODES]);
    for (const [code, count] of regionsOf) expect(count, code).toBeLessThanOrEqual(2);
  });

  it('list each country once within a region', () => {
    for (const id of REGION_IDS) {
      expect(new Set(REGION_COUNTRIES[id]).size, id).toBe(REGION_COUNTRIES[id].length);
    }
  });

  it('place countries where people look for them', () => {
    expect(REGION_COUNTRIES.middleEast).toEqual(
      expect.arrayContaining(['SY', 'IQ', 'PS', 'LB', 'IR', 'MA', 'EG', 'TR']),
    );
    expect(REGION_COUNTRIES.eastAfrica).toEqual(expect.arrayContaining(['SO', 'ER', 'ET', 'EG']));
    expect(REGION_COUNTRIES.westAfrica).toEqual(expect.arrayContaining(['NG', 'CD', 'MA']));
    expect(REGION_COUNTRIES.asia).toEqual(expect.arrayContaining(['AF', 'PK', 'IN', 'IR']));
    expect(REGION_COUNTRIES.northWestEurope).toEqual(expect.arrayContaining(['DK', 'GL', 'DE']));
    expect(REGION_COUNTRIES.southEastEurope).toEqual(expect.arrayContaining(['UA', 'TR', 'XK']));
    expect(REGION_COUNTRIES.northAmerica).toEqual(expect.arrayContaining(['US', 'MX', 'HT']));
    expect(REGION_COUNTRIES.southAmerica).toEqual(expect.arrayContaining(['BR', 'CO', 'VE']));
    expect(REGION_COUNTRIES.oceania).toEqual(expect.arrayContaining(['AU', 'NZ', 'FJ']));
  });

  it('keep each region to at most 48 countries: four pages of 12 flags', () => {
    for (const id of REGION_IDS) expect(REGION_COUNTRIES[id].length, id).toBeLessThanOrEqual(48);
  });
});
