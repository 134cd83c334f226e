// Every refused change becomes one sentence staff can act on, in their language. The data layer
// refuses with typed errors (which setting, which problem); this maps them to messages, so the
// rules live once, in data/, and the words live once, in i18n/.
import { StorageFullError } from '../../../data/db';
import { PhotoError } from '../../../data/photos';
import type { KioskSettings, SettingProblem } from '../../../data/settings';
import {
  MAX_CENTRE_NAME_LENGTH,
  MAX_FEATURED_COUNTRIES,
  MAX_FEATURED_MUNICIPALITIES,
  MAX_IDLE_SECONDS,
  MIN_IDLE_SECONDS,
  SettingError,
} from '../../../data/settings';
import type { MessageParams } from '../../../i18n/interpolate';
import type { MessageKey } from '../../../i18n/messages/da';

export interface Said {
  key: MessageKey;
  params?: MessageParams;
}

/** A change the settings view itself refuses before anything is stored (e.g. two PINs that differ). */
export class Refusal extends Error {
  readonly said: Said;

  constructor(key: MessageKey, params?: MessageParams) {
    super(key);
    this.name = 'Refusal';
    this.said = { key, params };
  }
}

function listProblem(problem: SettingProblem, what: 'countries' | 'municipalities'): Said {
  const max = what === 'countries' ? MAX_FEATURED_COUNTRIES : MAX_FEATURED_MUNICIPALITIES;
  if (problem === 'empty') return { key: `settings.error.${what}Empty` };
  if (problem === 'tooMany') return { key: `settings.error.${what}Full`, params: { max } };
  return { key: 'settings.error.codes' };
}

function settingProblem(setting: keyof KioskSettings, problem: SettingProblem): Said {
  switch (setting) {
    case 'centreName':
      if (problem === 'nameTooLong') {
        return { key: 'settings.error.centreNameTooLong', params: { max: MAX_CENTRE_NAME_LENGTH } };
      }
      if (problem === 'nameCharacters') return { key: 'settings.error.centreNameCharacters' };
      return { key: 'settings.error.centreNameEmpty' };
    case 'featuredCountries':
      return listProblem(problem, 'countries');
    case 'featuredMunicipalities':
      return listProblem(problem, 'municipalities');
    case 'language':
    case 'languagesOffered':
      if (problem === 'empty') return { key: 'settings.error.languagesEmpty' };
      if (problem === 'languageNotOffered') return { key: 'settings.error.languageNotOffered' };
      return { key: 'settings.error.languages' };
    case 'idleSeconds':
      return {
        key: 'settings.error.idle',
        params: { min: MIN_IDLE_SECONDS, max: MAX_IDLE_SECONDS },
      };
    case 'womanPictures':
      // Chosen from the three pictures, so never refused but by a stale page: try again.
      return { key: 'settings.error.unknown' };
  }
}

const PHOTO_PROBLEMS: Record<PhotoError['problem'], MessageKey> = {
  notImage: 'settings.error.photoNotImage',
  unreadable: 'settings.error.photoUnreadable',
  tooLarge: 'settings.error.photoTooLarge',
  unknownMunicipality: 'settings.error.photoUnreadable',
};

/** What to tell staff about a change that was not stored. */
export function describeError(error: unknown): Said {
  if (error instanceof Refusal) return error.said;
  if (error instanceof SettingError) return settingProblem(error.setting, error.problem);
  if (error instanceof PhotoError) return { key: PHOTO_PROBLEMS[error.problem] };
  if (error instanceof StorageFullError) return { key: 'settings.error.storageFull' };
  return { key: 'settings.error.unknown' };
}
