// The centre this tablet was paired with, as the server named it in its pairing answer: its name and
// the countries and municipalities its kiosks show first. The kiosk uses them where staff have not
// chosen their own on this tablet (settings.ts). Read by hand rather than with zod, since the kiosk
// reads it before its first screen. Kept in the settings table, beside the pairing.
import type { PairedCentre } from '../../shared/api/centres';
import { isCountryCode } from '../../shared/countries';
import { isMunicipalityCode } from '../../shared/municipalities';
import { db } from './database';

const PAIRED_CENTRE_KEY = 'pairedCentre';

/** What the tablet keeps of its centre: only what the kiosk may use, only codes it knows. */
export interface CentreDefaults {
  name: string;
  featuredCountries: string[];
  featuredMunicipalities: string[];
}

const codes = (value: unknown, known: (code: string) => boolean): string[] =>
  Array.isArray(value)
    ? [...new Set(value.filter((code): code is string => typeof code === 'string' && known(code)))]
    : [];

function read(value: unknown): CentreDefaults | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored: Record<string, unknown> = { ...value };
  if (typeof stored.name !== 'string') return null;
  return {
    name: stored.name,
    featuredCountries: codes(stored.featuredCountries, isCountryCode),
    featuredMunicipalities: codes(stored.featuredMunicipalities, isMunicipalityCode),
  };
}

/** Keeps the centre a pairing answer named; a later pairing replaces it. */
export async function savePairedCentre(centre: PairedCentre): Promise<void> {
  const value: CentreDefaults = {
    name: centre.name,
    featuredCountries: codes(centre.featuredCountries, isCountryCode),
    featuredMunicipalities: codes(centre.featuredMunicipalities, isMunicipalityCode),
  };
  // The write's rules come with db.ts, which the kiosk's first screen, reading here, does without.
  const { writing } = await import('./db');
  await writing(() => db.settings.put({ key: PAIRED_CENTRE_KEY, value }));
}

/** The paired centre's name and defaults; null when the server named none (or never paired). */
export async function getPairedCentre(): Promise<CentreDefaults | null> {
  const row = await db.settings.get(PAIRED_CENTRE_KEY);
  return read(row?.value);
}
