// The centre's choices for this kiosk, kept as one row in the settings table. Reading always gives a
// complete, valid set: a missing or no longer valid value falls back to its default, so a kiosk never
// fails to start because of a setting. A change that breaks a rule is refused whole, with a
// SettingError naming the setting and the problem, so the staff view can say what to fix. Where
// staff have not chosen on this tablet, the centre it was paired with gives its name and featured
// lists (syncSettingsCentre.ts); only what staff change is kept, so the centre's stay its own.
// Here: the settings as read, which the first screen waits for. The writes and their errors are in
// settings.ts, which the staff screens load.
import { DEFAULT_FEATURED_COUNTRIES, isCountryCode } from '../../shared/countries';
import { DEFAULT_FEATURED_MUNICIPALITIES, isMunicipalityCode } from '../../shared/municipalities';
import { LANGUAGES as KIOSK_LANGUAGES } from '../i18n/languages/languages';
import type { LanguageCode } from '../i18n/languages/languages';
import { db } from './database';
import type { CentreDefaults } from './syncSettingsCentre';
import { getPairedCentre } from './syncSettingsCentre';

export type KioskLanguage = LanguageCode;

/** Which women the kiosk's pictures show: both looks mixed, only with a headscarf, only without. */
export const WOMAN_PICTURES = ['both', 'headscarf', 'bareheaded'] as const;
export type WomanPictures = (typeof WOMAN_PICTURES)[number];

export interface KioskSettings {
  /** The centre's name as staff wrote it; '' until it is set. */
  centreName: string;
  /** Countries shown as large flags on the first screen, in this order. */
  featuredCountries: string[];
  /** Municipalities shown on the municipality screen, in this order. */
  featuredMunicipalities: string[];
  /** The language each new check-in starts in; always one of languagesOffered. */
  language: KioskLanguage;
  /** The languages the kiosk offers as buttons, in the kiosk's own order; at least one. */
  languagesOffered: KioskLanguage[];
  /** Seconds without a touch before the kiosk asks whether anyone is still there. */
  idleSeconds: number;
  /** The women in the pictures: with a headscarf, without, or both, so every woman sees herself. */
  womanPictures: WomanPictures;
}

export type SettingProblem =
  | 'notList'
  | 'unknownCode'
  | 'duplicate'
  | 'empty'
  | 'tooMany'
  | 'unknownLanguage'
  | 'languageNotOffered'
  | 'idleRange'
  | 'nameEmpty'
  | 'nameTooLong'
  | 'nameCharacters'
  | 'unknownChoice';

export const KIOSK_SETTINGS_KEY = 'kiosk';
const LANGUAGES: readonly KioskLanguage[] = KIOSK_LANGUAGES.map((language) => language.code);
export const MIN_IDLE_SECONDS = 20;
export const MAX_IDLE_SECONDS = 600;
/** The first screen holds 16 flags beside "another country" and "prefer not to say" without scrolling. */
export const MAX_FEATURED_COUNTRIES = 16;
export const MAX_FEATURED_MUNICIPALITIES = 16;
export const MAX_CENTRE_NAME_LENGTH = 80;

export function defaultKioskSettings(): KioskSettings {
  return {
    centreName: '',
    featuredCountries: [...DEFAULT_FEATURED_COUNTRIES],
    featuredMunicipalities: [...DEFAULT_FEATURED_MUNICIPALITIES],
    language: 'da',
    languagesOffered: [...LANGUAGES],
    idleSeconds: 60,
    womanPictures: 'both',
  };
}

// Each setting's rule: the value as it is kept (lists copied, languages in the kiosk's own order),
// or the problem with it. Written out rather than as a zod schema: the kiosk reads its settings
// before its first screen, and zod there would take that screen's script past its budget.
export type Checked<T> =
  { ok: true; value: T } | { ok: false; problem: SettingProblem; message: string };
export type Check<T> = (value: unknown) => Checked<T>;

const problem = (kind: SettingProblem, message: string): Checked<never> => ({
  ok: false,
  problem: kind,
  message,
});

function codeList(what: string, isCode: (code: string) => boolean, max: number): Check<string[]> {
  return (value) => {
    if (!Array.isArray(value)) return problem('notList', `${what} must be a list of codes.`);
    const listed: unknown[] = value;
    const codes: string[] = [];
    for (const code of listed) {
      if (typeof code !== 'string' || !isCode(code)) {
        return problem('unknownCode', `${what}: ${JSON.stringify(code)} is not a known code.`);
      }
      if (codes.includes(code)) return problem('duplicate', `${what}: ${code} is listed twice.`);
      codes.push(code);
    }
    if (codes.length === 0) return problem('empty', `${what}: keep at least one.`);
    if (codes.length > max) return problem('tooMany', `${what}: at most ${max} fit on the screen.`);
    return { ok: true, value: codes };
  };
}

const isLanguage = (value: unknown): value is KioskLanguage =>
  LANGUAGES.some((code) => code === value);

// Control characters and the like would show as boxes or break a CSV cell; letters of any script,
// digits, spaces and punctuation are all fine.
const NAME_CHARACTERS = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]*$/u;

export const checks: { [K in keyof KioskSettings]: Check<KioskSettings[K]> } = {
  centreName: (value) => {
    if (typeof value !== 'string' || value.trim() === '') {
      return problem('nameEmpty', 'The centre’s name cannot be empty.');
    }
    if (value.length > MAX_CENTRE_NAME_LENGTH) {
      return problem(
        'nameTooLong',
        `The centre’s name can be at most ${MAX_CENTRE_NAME_LENGTH} characters.`,
      );
    }
    if (!NAME_CHARACTERS.test(value)) {
      return problem(
        'nameCharacters',
        'The centre’s name may hold letters, digits, spaces and punctuation only.',
      );
    }
    return { ok: true, value };
  },
  featuredCountries: codeList('Featured countries', isCountryCode, MAX_FEATURED_COUNTRIES),
  featuredMunicipalities: codeList(
    'Featured municipalities',
    isMunicipalityCode,
    MAX_FEATURED_MUNICIPALITIES,
  ),
  language: (value) =>
    isLanguage(value)
      ? { ok: true, value }
      : problem(
          'unknownLanguage',
          `Language must be one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(value)}.`,
        ),
  languagesOffered: (value) => {
    if (!Array.isArray(value)) return problem('notList', 'Languages offered must be a list.');
    const listed: unknown[] = value;
    const offered: KioskLanguage[] = [];
    for (const code of listed) {
      if (!isLanguage(code)) {
        return problem(
          'unknownLanguage',
          `Languages offered must be among ${LANGUAGES.join(', ')}, not ${JSON.stringify(code)}.`,
        );
      }
      if (offered.includes(code)) {
        return problem('duplicate', `Languages offered: ${code} is listed twice.`);
      }
      offered.push(code);
    }
    if (offered.length === 0) return problem('empty', 'Offer at least one language.');
    return { ok: true, value: LANGUAGES.filter((code) => offered.includes(code)) };
  },
  idleSeconds: (value) =>
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_IDLE_SECONDS &&
    value <= MAX_IDLE_SECONDS
      ? { ok: true, value }
      : problem(
          'idleRange',
          `Idle time must be a whole number of seconds from ${MIN_IDLE_SECONDS} to ${MAX_IDLE_SECONDS}, not ${JSON.stringify(value)}.`,
        ),
  womanPictures: (value) => {
    const choice = WOMAN_PICTURES.find((candidate) => candidate === value);
    return choice
      ? { ok: true, value: choice }
      : problem(
          'unknownChoice',
          `Woman pictures must be one of ${WOMAN_PICTURES.join(', ')}, not ${JSON.stringify(value)}.`,
        );
  },
};

// The order the settings are checked in, so the first bad one of a change is the one named.
export const KEYS = Object.keys(checks) as (keyof KioskSettings)[];

export function put<K extends keyof KioskSettings>(
  into: Partial<KioskSettings>,
  key: K,
  value: KioskSettings[K],
): void {
  into[key] = value;
}

/** What the paired centre says where staff have said nothing: its name and its first tiles. */
function centreChoices(centre: CentreDefaults | null): Record<string, unknown> {
  if (centre === null) return {};
  const choices: Record<string, unknown> = {};
  if (centre.name.trim() !== '') choices.centreName = centre.name;
  // The centre may list more than one screen holds; the kiosk shows the first ones.
  if (centre.featuredCountries.length > 0) {
    choices.featuredCountries = centre.featuredCountries.slice(0, MAX_FEATURED_COUNTRIES);
  }
  if (centre.featuredMunicipalities.length > 0) {
    choices.featuredMunicipalities = centre.featuredMunicipalities.slice(
      0,
      MAX_FEATURED_MUNICIPALITIES,
    );
  }
  return choices;
}

/** Stored values that still pass their check, on top of the centre's and then the app's defaults. */
function fromStored(stored: unknown, centre: CentreDefaults | null = null): KioskSettings {
  const read = defaultKioskSettings();
  const fallback = centreChoices(centre);
  const record: Record<string, unknown> =
    typeof stored === 'object' && stored !== null ? { ...stored } : {};
  for (const key of KEYS) {
    const checked = checks[key](record[key]);
    if (checked.ok) {
      put(read, key, checked.value);
      continue;
    }
    const centres = checks[key](fallback[key]);
    if (centres.ok) put(read, key, centres.value);
  }
  // Never start in a language the kiosk has no button for.
  if (!read.languagesOffered.includes(read.language)) {
    read.language = read.languagesOffered[0] ?? read.language;
  }
  return read;
}

export async function storedRow(): Promise<Record<string, unknown>> {
  const row = await db.settings.get(KIOSK_SETTINGS_KEY);
  const value: unknown = row?.value;
  return typeof value === 'object' && value !== null ? { ...value } : {};
}

export async function readSettings(): Promise<KioskSettings> {
  const [stored, centre] = await Promise.all([storedRow(), getPairedCentre()]);
  return fromStored(stored, centre);
}

export async function getKioskSettings(): Promise<KioskSettings> {
  return readSettings();
}
