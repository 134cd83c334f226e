// The keys a country, a municipality and a part of the world are read aloud under
// (soundItems.ts says what else can be). Apart from the checks on them, which need the lists of
// codes: the first screen names its flags' keys and nothing more.
import type { RegionId } from '../../shared/regions';

export type CountryItem = `country.${string}`;
export type MunicipalityItem = `municipality.${string}`;
export type RegionItem = `region.${RegionId}`;

export const countryItem = (code: string): CountryItem => `country.${code}`;
export const municipalityItem = (code: string): MunicipalityItem => `municipality.${code}`;
export const regionItem = (region: RegionId): RegionItem => `region.${region}`;
