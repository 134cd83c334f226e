// @vitest-environment node
// (node: the generator script in src/scripts resolves its paths as files.)
import { describe, expect, it } from 'vitest';
import {
  SHIPPED_NAME_LANGUAGES as GENERATED,
  shippedNameTable,
} from '../../../scripts/make-kiosk-country-names.mjs';
import { COUNTRY_CODES } from '../../../shared/countries';
import { languageByCode } from '../languages/languages';
import {
  SHIPPED_NAME_LANGUAGES,
  hasShippedNames,
  kioskCountryName,
  loadShippedNames,
  needsShippedNames,
} from './shipped';
import { COUNTRY_NAMES_SOURCE } from './so';

describe('the shipped country names', () => {
  it('are for the languages Chromium has no names for', () => {
    expect([...SHIPPED_NAME_LANGUAGES]).toEqual(['so', 'ti', 'ckb', 'kmr']);
    expect([...GENERATED]).toEqual([...SHIPPED_NAME_LANGUAGES]);
  });

  it.each([...SHIPPED_NAME_LANGUAGES])(
    'name every country in %s, and nothing else',
    async (code) => {
      const names = await loadShippedNames(code);
      expect(Object.keys(names)).toEqual([...COUNTRY_CODES]);
      for (const country of COUNTRY_CODES) expect(names[country], country).toMatch(/\S/);
    },
  );

  it('name countries as the language does', async () => {
    expect((await loadShippedNames('so')).TR).toBe('Turki');
    expect((await loadShippedNames('ti')).ER).toBe('ኤርትራ');
    expect((await loadShippedNames('ckb')).IQ).toBe('عێراق');
    expect((await loadShippedNames('kmr')).SY).toBe('Sûrîye');
  });

  // A Node with other ICU data may name a country differently; then the tables are regenerated on
  // purpose (and checked in), never silently replaced by whatever the runtime says.
  const sameIcu =
    process.versions.icu === COUNTRY_NAMES_SOURCE.icu &&
    process.versions.cldr === COUNTRY_NAMES_SOURCE.cldr;

  it.runIf(sameIcu).each([...SHIPPED_NAME_LANGUAGES])(
    'for %s are exactly what the script writes with this Node',
    async (code) => {
      expect(await loadShippedNames(code)).toEqual(shippedNameTable(code).names);
    },
  );
});

describe('needsShippedNames', () => {
  const knowsNothing = () => false;
  const knowsAll = () => true;

  it('loads names only where the browser lacks the language and the app has them', () => {
    expect(needsShippedNames(languageByCode('so'), knowsNothing)).toBe(true);
    expect(needsShippedNames(languageByCode('so'), knowsAll)).toBe(false);
    // Chromium has Turkish; a browser without it would answer in English, with nothing to load.
    expect(needsShippedNames(languageByCode('tr'), knowsNothing)).toBe(false);
    expect(hasShippedNames('kmr')).toBe(true);
    expect(hasShippedNames('da')).toBe(false);
  });
});

describe('kioskCountryName', () => {
  it('takes the shipped name when there is a table, else Intl in the language’s locale', () => {
    expect(kioskCountryName('TR', languageByCode('so'), { TR: 'Turki' })).toBe('Turki');
    expect(kioskCountryName('DE', languageByCode('prs'))).toBe('آلمان');
    expect(kioskCountryName('DE', languageByCode('kmr'))).toBe('Almanya');
    expect(kioskCountryName('QQ', languageByCode('so'), { TR: 'Turki' })).toBe('QQ');
  });
});
