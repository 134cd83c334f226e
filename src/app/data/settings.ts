// The centre's choices for this kiosk, kept as one row in the settings table. Reading always gives a
// complete, valid set: a missing or no longer valid value falls back to its default, so a kiosk never
// fails to start because of a setting.
import { DEFAULT_FEATURED_COUNTRIES, isCountryCode } from '../../shared/countries';
import { DEFAULT_FEATURED_MUNICIPALITIES, isMunicipalityCode } from '../../shared/municipalities';
import { db, writing } from './db';

export type KioskLanguage = 'da' | 'en' | 'ar';

export interface KioskSettings {
  /** Countries shown as large flags on the first screen, in this order. */
  featuredCountries: string[];
  /** Municipalities shown on the municipality screen, in this order. */
  featuredMunicipalities: string[];
  /** The language each new check-in starts in. */
  language: KioskLanguage;
  /** Seconds without a touch before the kiosk asks whether anyone is still there. */
  idleSeconds: number;
}

const KIOSK_SETTINGS_KEY = 'kiosk';
const LANGUAGES: readonly KioskLanguage[] = ['da', 'en', 'ar'];
export const MIN_IDLE_SECONDS = 20;
export const MAX_IDLE_SECONDS = 600;

function defaults(): KioskSettings {
  return {
    featuredCountries: [...DEFAULT_FEATURED_COUNTRIES],
    featuredMunicipalities: [...DEFAULT_FEATURED_MUNICIPALITIES],
    language: 'da',
    idleSeconds: 60,
  };
}

type Check = (value: unknown) => string | null;

function codeList(what: string, isCode: (code: string) => boolean): Check {
  return (value) => {
    if (!Array.isArray(value)) return `${what} must be a list of codes.`;
    const seen = new Set<string>();
    for (const code of value as unknown[]) {
      if (typeof code !== 'string' || !isCode(code)) return `${what}: ${JSON.stringify(code)} is not a known code.`;
      if (seen.has(code)) return `${what}: ${code} is listed twice.`;
      seen.add(code);
    }
    return null;
  };
}

const checks: { [K in keyof KioskSettings]: Check } = {
  featuredCountries: codeList('Featured countries', isCountryCode),
  featuredMunicipalities: codeList('Featured municipalities', isMunicipalityCode),
  language: (value) =>
    typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
      ? null
      : `Language must be one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(value)}.`,
  idleSeconds: (value) =>
    Number.isInteger(value) && (value as number) >= MIN_IDLE_SECONDS && (value as number) <= MAX_IDLE_SECONDS
      ? null
      : `Idle time must be a whole number of seconds from ${MIN_IDLE_SECONDS} to ${MAX_IDLE_SECONDS}, not ${JSON.stringify(value)}.`,
};

const KEYS = Object.keys(checks) as (keyof KioskSettings)[];

/** Stored values that still pass their check, on top of the defaults. */
function fromStored(stored: unknown): KioskSettings {
  const settings = defaults();
  if (typeof stored !== 'object' || stored === null) return settings;
  const record = stored as Record<string, unknown>;
  const kept: Partial<Record<keyof KioskSettings, unknown>> = {};
  for (const key of KEYS) {
    if (key in record && checks[key](record[key]) === null) kept[key] = record[key];
  }
  return { ...settings, ...(kept as Partial<KioskSettings>) };
}

async function readSettings(): Promise<KioskSettings> {
  const row = await db.settings.get(KIOSK_SETTINGS_KEY);
  return fromStored(row?.value);
}

export async function getKioskSettings(): Promise<KioskSettings> {
  return readSettings();
}

/**
 * Changes some settings and returns the whole new set. Throws, changing nothing, when any value in
 * the patch is not allowed; keys that are not settings are ignored.
 */
export async function saveKioskSettings(patch: Partial<KioskSettings>): Promise<KioskSettings> {
  const changes: Partial<Record<keyof KioskSettings, unknown>> = {};
  for (const key of KEYS) {
    if (!(key in patch) || patch[key] === undefined) continue;
    const problem = checks[key](patch[key]);
    if (problem !== null) throw new Error(problem);
    const value = patch[key];
    changes[key] = Array.isArray(value) ? [...value] : value;
  }
  return writing(() =>
    db.transaction('rw', db.settings, async () => {
      const next = { ...(await readSettings()), ...(changes as Partial<KioskSettings>) };
      await db.settings.put({ key: KIOSK_SETTINGS_KEY, value: next });
      return next;
    }),
  );
}
