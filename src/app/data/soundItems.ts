// Everything the kiosk can say aloud, each under one key: a recording is kept under its key and a
// language, and the speaker reads a screen as a list of keys. Questions and the help are prompts;
// answers are the choices' own message keys, a country (`country.SY`), a part of the world
// (`region.eastAfrica`) or a municipality (`municipality.101`).
//
// Municipality names are Danish proper nouns, said the same in every language: one recording of a
// name, kept under Danish, serves every kiosk language.
import { isCountryCode } from '../../shared/countries';
import { isMunicipalityCode } from '../../shared/municipalities';
import { REGION_IDS } from '../../shared/regions';
import type { CountryItem, MunicipalityItem, RegionItem } from './soundKeys';
import { countryItem, municipalityItem, regionItem } from './soundKeys';

/** The questions, the thank-you and the help: one per screen. */
export const PROMPTS = ['country', 'municipality', 'party', 'summary', 'thanks', 'help'] as const;
export type PromptId = (typeof PROMPTS)[number];

/** The fixed answers and buttons the speaker reads, named by the kiosk message each one says. */
export const ANSWERS = [
  'choice.moreCountries',
  'choice.moreMunicipalities',
  'choice.skip',
  'choice.justMe',
  'choice.meAndChildren',
  'party.withMe',
  'choice.childAlone',
  'party.addChild',
  'party.removeChild',
  'party.next',
  'summary.notSaid',
  'summary.confirm',
  'thanks.undo',
] as const;
export type AnswerId = (typeof ANSWERS)[number];

export type { CountryItem, MunicipalityItem, RegionItem } from './soundKeys';

export type SoundItem = PromptId | AnswerId | CountryItem | MunicipalityItem | RegionItem;

/** The language a municipality's name is recorded in, whatever the kiosk's language. */
export const NAMES_LANGUAGE = 'da';

export { countryItem, municipalityItem, regionItem };

export function isPromptId(value: unknown): value is PromptId {
  return PROMPTS.some((prompt) => prompt === value);
}

export function isMunicipalityItem(item: string): item is MunicipalityItem {
  return item.startsWith('municipality.') && isMunicipalityCode(item.slice('municipality.'.length));
}

export function isSoundItem(value: unknown): value is SoundItem {
  if (typeof value !== 'string') return false;
  if (isPromptId(value)) return true;
  if (ANSWERS.some((answer) => answer === value)) return true;
  if (value.startsWith('country.')) return isCountryCode(value.slice('country.'.length));
  if (value.startsWith('region.')) {
    return REGION_IDS.some((region) => region === value.slice('region.'.length));
  }
  return isMunicipalityItem(value);
}

/** Where a recording of `item` for a kiosk in `language` is kept: names once, under Danish. */
export function recordingLanguage(item: SoundItem, language: string): string {
  return isMunicipalityItem(item) ? NAMES_LANGUAGE : language;
}

/** What the centre chose to show: which countries and municipalities have tiles of their own. */
export interface FeaturedChoices {
  featuredCountries: readonly string[];
  featuredMunicipalities: readonly string[];
}

/**
 * What a language needs recorded for every screen to be heard without a browser voice, in the
 * order a recording session walks it: the questions, the answers on the kiosk's own screens, the
 * parts of the world and the featured countries' names. Municipality names are apart
 * (`namesToRecord`), recorded once for every language.
 */
export function itemsToRecord(featured: FeaturedChoices): SoundItem[] {
  return [
    ...PROMPTS,
    ...ANSWERS,
    ...featured.featuredCountries.map(countryItem),
    ...REGION_IDS.map(regionItem),
  ];
}

/** The featured municipalities' names, recorded once (in Danish) for every language. */
export function namesToRecord(featured: FeaturedChoices): MunicipalityItem[] {
  return featured.featuredMunicipalities.map(municipalityItem);
}

/** Where a recording is kept: the language it is filed under and what it says. */
export interface RecordedItem {
  language: string;
  item: SoundItem;
}

/**
 * Of `items`, those a kiosk in `language` has no recording of yet. A municipality's name is looked
 * for under Danish, where its one recording is kept.
 */
export function itemsMissing(
  items: readonly SoundItem[],
  language: string,
  recorded: readonly RecordedItem[],
): SoundItem[] {
  const kept = new Set(recorded.map((recording) => `${recording.language}\u0000${recording.item}`));
  return items.filter((item) => !kept.has(`${recordingLanguage(item, language)}\u0000${item}`));
}
