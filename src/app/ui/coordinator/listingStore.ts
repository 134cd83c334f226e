// The coordinator's choice of listed countries, kept on this computer between visits to the page
// (it is no secret, unlike the token). null means every country on its own row.
import { isCountryCode } from '../../../shared/countries';

const KEY = 'velkommen.coordinator.countries';

export function loadListing(fallback: readonly string[]): readonly string[] | null {
  try {
    const text = globalThis.localStorage?.getItem(KEY);
    if (text === null || text === undefined) return fallback;
    const value: unknown = JSON.parse(text);
    if (value === null) return null;
    if (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((c) => typeof c === 'string' && isCountryCode(c))
    ) {
      return value as string[];
    }
  } catch {
    // Unreadable: the default list.
  }
  return fallback;
}

export function saveListing(countries: readonly string[] | null): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(countries));
  } catch {
    // Not kept; the default list comes back next time.
  }
}
