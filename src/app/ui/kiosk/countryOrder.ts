// The order of the flags once a woman has chosen her part of the world, and how many taps any
// country is from the kiosk's first screen. The screens and the test that counts the taps both
// use these, so what is proven is what the kiosk does.
import type { RegionId } from '../../../shared/regions';
import { REGION_COUNTRIES } from '../../../shared/regions';
import { pageOf } from './paging';

export interface NamedCountry {
  code: string;
  name: string;
}

/**
 * The fewest flags a page holds on the smallest tablet the kiosk is made for: 768 x 1024 CSS px
 * upright, four columns of three (tests/e2e/regions.e2e.ts measures it). Every region fits four
 * such pages, so no flag is more than three "next page" taps away.
 */
export const SMALLEST_PAGE = 12;

/**
 * A region's countries as its pages show them: those the centre's women chose before first, in
 * that order, then the rest by name in the kiosk's language.
 */
export function regionCountries(
  region: RegionId,
  nameOf: (code: string) => string,
  chosenBefore: readonly string[],
  locale: string,
): NamedCountry[] {
  const members = REGION_COUNTRIES[region];
  const first = chosenBefore.filter((code) => members.includes(code));
  const collator = new Intl.Collator(locale);
  const rest = members
    .filter((code) => !first.includes(code))
    .map((code) => ({ code, name: nameOf(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return [...first.map((code) => ({ code, name: nameOf(code) })), ...rest];
}

/**
 * Taps from the first screen to the flag at `index` in its region's list: "another country",
 * the region's map, "next page" until the flag's page is in view, the flag.
 */
export function tapsToFlag(index: number, perPage: number): number {
  return 2 + pageOf(index, perPage) + 1;
}
