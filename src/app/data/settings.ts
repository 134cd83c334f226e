// Changing the centre's choices for this kiosk (kioskSettings.ts reads them, and says how): a
// change that breaks a rule is refused whole, with a SettingError naming the setting and the
// problem, so the staff view can say what to fix.
import type { KioskSettings, SettingProblem } from './kioskSettings';
import { checks, KEYS, KIOSK_SETTINGS_KEY, put, readSettings, storedRow } from './kioskSettings';
import { db, writing } from './db';

export type { KioskLanguage, KioskSettings, SettingProblem, WomanPictures } from './kioskSettings';
export {
  defaultKioskSettings,
  getKioskSettings,
  MAX_CENTRE_NAME_LENGTH,
  MAX_FEATURED_COUNTRIES,
  MAX_FEATURED_MUNICIPALITIES,
  MAX_IDLE_SECONDS,
  MIN_IDLE_SECONDS,
  WOMAN_PICTURES,
} from './kioskSettings';

/** A change the settings refuse; nothing of it was stored. */
export class SettingError extends Error {
  readonly setting: keyof KioskSettings;
  readonly problem: SettingProblem;

  constructor(setting: keyof KioskSettings, problem: SettingProblem, message: string) {
    super(message);
    this.name = 'SettingError';
    this.setting = setting;
    this.problem = problem;
  }
}

/** A name as it is kept: no space at the ends, and one space wherever there were several. */
const tidyName = (value: unknown): unknown =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value;

/** The patch's settings, checked and in the form they are kept; throws a SettingError for the first bad one. */
function checkedChanges(patch: Partial<KioskSettings>): Partial<KioskSettings> {
  const changes: Partial<KioskSettings> = {};
  for (const key of KEYS) {
    if (patch[key] === undefined) continue;
    const checked = checks[key](key === 'centreName' ? tidyName(patch[key]) : patch[key]);
    if (!checked.ok) throw new SettingError(key, checked.problem, checked.message);
    put(changes, key, checked.value);
  }
  return changes;
}

/**
 * Changes settings as `change` says from the stored ones, in one transaction, and returns the
 * whole new set: two quick changes (a move, then a removal) both apply, each to the other's
 * result. Throws a SettingError, changing nothing, when a value is not allowed or the starting
 * language would not be among the languages offered; keys that are not settings are ignored.
 */
export async function updateKioskSettings(
  change: (current: KioskSettings) => Partial<KioskSettings>,
): Promise<KioskSettings> {
  return writing(() =>
    db.transaction('rw', db.settings, async () => {
      const current = await readSettings();
      const changes = checkedChanges(change(current));
      const next = { ...current, ...changes };
      if (!next.languagesOffered.includes(next.language)) {
        throw new SettingError(
          'language' in changes ? 'language' : 'languagesOffered',
          'languageNotOffered',
          `The kiosk starts in ${next.language}, so it must be among the languages offered.`,
        );
      }
      // Only what staff set is kept: a list they never touched keeps following the centre's.
      await db.settings.put({
        key: KIOSK_SETTINGS_KEY,
        value: { ...(await storedRow()), ...changes },
      });
      return next;
    }),
  );
}

/** Changes some settings and returns the whole new set; refuses as updateKioskSettings does. */
export async function saveKioskSettings(patch: Partial<KioskSettings>): Promise<KioskSettings> {
  return updateKioskSettings(() => patch);
}
