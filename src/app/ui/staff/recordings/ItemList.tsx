// Every recording one language needs, each a compact row to record, listen to or delete: the way to
// redo a single recording without a whole session. The municipality names follow, kept under
// Danish, since one recording of a name serves every language.
import type { RecordingInfo } from '../../../data/recordings';
import type { SoundItem } from '../../../data/soundItems';
import { NAMES_LANGUAGE } from '../../../data/soundItems';
import { useI18n } from '../../../i18n/I18n';
import { languageByCode } from '../../../i18n/languages/languages';
import type { LanguageCode } from '../../../i18n/languages/languages';
import { ItemRecorder } from './ItemRecorder';
import { itemLabel } from './itemLabel';
import type { LanguageTextState } from './useLanguageText';
import { useLanguageText, wordsOf } from './useLanguageText';

interface ItemListProps {
  language: LanguageCode;
  items: readonly SoundItem[];
  names: readonly SoundItem[];
  recordings: readonly RecordingInfo[];
}

export function ItemList({ language, items, names, recordings }: ItemListProps) {
  const staff = useI18n();
  const text = useLanguageText(language);
  const namesText = useLanguageText(NAMES_LANGUAGE);
  const saved = new Map(
    recordings.map((recording) => [`${recording.language}\u0000${recording.item}`, recording]),
  );

  const rows = (under: LanguageCode, list: readonly SoundItem[], words: LanguageTextState) =>
    list.map((item) => (
      <ItemRecorder
        key={`${under}-${item}`}
        language={under}
        languageName={languageByCode(under).name}
        item={item}
        label={itemLabel(item, staff)}
        words={wordsOf(item, words)}
        saved={saved.get(`${under}\u0000${item}`)}
        layout="row"
      />
    ));

  return (
    <div class="item-list">
      {rows(language, items, text)}
      <h3 class="item-list__group">{staff.t('recordings.names')}</h3>
      {rows(NAMES_LANGUAGE, names, namesText)}
    </div>
  );
}
