// What the browser's voice says for each thing the kiosk can read aloud: the very words the screen
// shows, in the chosen language, so sound and text never disagree. A recording says the same.
import { municipalityByCode } from '../../../shared/municipalities';
import type { CountryItem, MunicipalityItem, PromptId, SoundItem } from '../../data/soundItems';
import { isPromptId } from '../../data/soundItems';
import type { useI18n } from '../../i18n/I18n';
import { promptText } from './promptText';

type I18n = Pick<ReturnType<typeof useI18n>, 't' | 'countryName'>;

/** The words of `item` in the language `t` and `countryName` speak. */
export function itemText(item: SoundItem, { t, countryName }: I18n): string {
  if (isPromptId(item)) return promptText(item, t);
  if (item.startsWith('country.')) return countryName(item.slice('country.'.length));
  if (item.startsWith('municipality.')) {
    const code = item.slice('municipality.'.length);
    return municipalityByCode(code)?.name ?? code;
  }
  // The rest are kiosk messages of their own: a part of the world, a fixed answer.
  return t(item as Exclude<SoundItem, PromptId | CountryItem | MunicipalityItem>);
}
