// What a recording is, told to staff in their own language ("Country: Syria"), beside the words the
// interpreter reads in hers: staff may not read the language being recorded, and must still know
// which tile or button they are giving a voice to.
import type { PromptId, SoundItem } from '../../../data/soundItems';
import { isPromptId } from '../../../data/soundItems';
import type { I18n } from '../../../i18n/I18n';
import { itemText } from '../../sound/itemText';

type Key = Parameters<I18n['t']>[0];

const PROMPT_NAMES: Record<PromptId, Key> = {
  country: 'recordings.prompt.country',
  municipality: 'recordings.prompt.municipality',
  party: 'recordings.prompt.party',
  summary: 'recordings.prompt.summary',
  thanks: 'recordings.prompt.thanks',
  help: 'recordings.prompt.help',
};

/** `item` named for staff, in the language of `staff` (the staff view's own I18n). */
export function itemLabel(item: SoundItem, staff: Pick<I18n, 't' | 'countryName'>): string {
  const { t } = staff;
  if (isPromptId(item)) return t(PROMPT_NAMES[item]);
  const name = itemText(item, staff);
  if (item.startsWith('country.')) return t('recordings.item.country', { name });
  if (item.startsWith('region.')) return t('recordings.item.region', { name });
  if (item.startsWith('municipality.')) return t('recordings.item.municipality', { name });
  return t('recordings.item.answer', { name });
}
