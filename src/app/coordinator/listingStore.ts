// The coordinator's choice of listed countries, kept on this computer between visits to the page
// (it is no secret, unlike the token). null means every country on its own row.
import { z } from 'zod/mini';
import { isCountryCode } from '../../shared/countries';

const KEY = 'velkommen.coordinator.countries';

const KeptListingSchema = z.nullable(
  z.array(z.string().check(z.refine(isCountryCode))).check(z.minLength(1)),
);

export function loadListing(fallback: readonly string[]): readonly string[] | null {
  try {
    const text = globalThis.localStorage?.getItem(KEY);
    if (text === null || text === undefined) return fallback;
    const parsed = KeptListingSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
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
