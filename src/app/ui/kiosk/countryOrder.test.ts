// The promise of the region step, proven over the same order and paging the screens use: every
// country the kiosk offers is at most six taps from the first screen, in every kiosk language,
// on the smallest tablet the kiosk is made for and on larger ones, whatever was chosen before.
import { describe, expect, it } from 'vitest';
import type { RegionId } from '../../../shared/regions';
import { KIOSK_COUNTRY_CODES, REGION_COUNTRIES, REGION_IDS } from '../../../shared/regions';
import type { Language } from '../../i18n/languages/languages';
import { LANGUAGES, languageByCode } from '../../i18n/languages/languages';
import type { CountryNames } from '../../i18n/names/shipped';
import { hasShippedNames, kioskCountryName, loadShippedNames } from '../../i18n/names/shipped';
import { SMALLEST_PAGE, regionCountries, tapsToFlag } from './countryOrder';
import { fitPageArea } from './paging';

const MOST_TAPS = 6;

// The smallest page, as measured in Chromium, and as the pager reckons it before it can measure on
// tablets either way round (CSS px): 768 x 1024, 1024 x 768, 800 x 1280, 1280 x 800.
const PAGE_SIZES = [
  SMALLEST_PAGE,
  ...[
    [768, 1024],
    [1024, 768],
    [800, 1280],
    [1280, 800],
  ].map(([inline = 0, block = 0]) => {
    const { columns, rows } = fitPageArea(inline, block);
    return columns * rows;
  }),
];

// As the tablet has them: the shipped tables where Chromium has no names of its own.
async function namesIn(language: Language): Promise<(code: string) => string> {
  const shipped: CountryNames | undefined = hasShippedNames(language.code)
    ? await loadShippedNames(language.code)
    : undefined;
  return (code) => kioskCountryName(code, language, shipped);
}

/** The fewest taps to each country over the regions that hold it. */
function fewestTaps(
  nameOf: (code: string) => string,
  locale: string,
  chosenBefore: readonly string[],
  perPage: number,
): Map<string, number> {
  const taps = new Map<string, number>();
  for (const region of REGION_IDS) {
    regionCountries(region, nameOf, chosenBefore, locale).forEach(({ code }, index) => {
      taps.set(code, Math.min(taps.get(code) ?? Infinity, tapsToFlag(index, perPage)));
    });
  }
  return taps;
}

// Countries a centre's women might have chosen, many of them in Africa.
const CHOSEN_BEFORE = ['SO', 'ER', 'ET', 'SD', 'CD', 'NG', 'GH', 'KE', 'UG', 'GM', 'BT', 'PH'];

describe('every country within six taps', () => {
  it.each(LANGUAGES.map((language) => [language.code, language] as const))(
    'in %s',
    async (_code, language) => {
      const nameOf = await namesIn(language);
      for (const perPage of PAGE_SIZES) {
        expect(perPage).toBeGreaterThanOrEqual(SMALLEST_PAGE);
        for (const chosen of [[], CHOSEN_BEFORE]) {
          const taps = fewestTaps(nameOf, language.locale, chosen, perPage);
          expect([...taps.keys()].sort()).toEqual([...KIOSK_COUNTRY_CODES]);
          const tooFar = [...taps].filter(([, count]) => count > MOST_TAPS);
          expect(tooFar, `${perPage} a page`).toEqual([]);
        }
      }
    },
  );
});

describe('regionCountries', () => {
  const english = (code: string) => kioskCountryName(code, languageByCode('en'));

  it('lists a region’s countries by name, each once', () => {
    const names = regionCountries('oceania', english, [], 'en').map(({ name }) => name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(names).toHaveLength(REGION_COUNTRIES.oceania.length);
    expect(names[0]).toBe('American Samoa');
  });

  it('puts the countries chosen before first, in their order, then the rest by name', () => {
    const codes = regionCountries('asia', english, ['PK', 'SY', 'BT'], 'en').map((c) => c.code);
    // Syria is not in Asia's list (it is in the Middle East's): it does not come along.
    expect(codes.slice(0, 3)).toEqual(['PK', 'BT', 'AF']);
    expect(codes.filter((code) => code === 'PK')).toHaveLength(1);
    expect(codes).not.toContain('SY');
  });

  it('counts the taps: another country, the map, the next pages, the flag', () => {
    expect(tapsToFlag(0, 12)).toBe(3);
    expect(tapsToFlag(11, 12)).toBe(3);
    expect(tapsToFlag(12, 12)).toBe(4);
    expect(tapsToFlag(47, 12)).toBe(6);
  });

  it('keeps every region within four pages of the smallest page', () => {
    const pages = (region: RegionId) => Math.ceil(REGION_COUNTRIES[region].length / SMALLEST_PAGE);
    for (const region of REGION_IDS) expect(pages(region), region).toBeLessThanOrEqual(4);
  });
});
