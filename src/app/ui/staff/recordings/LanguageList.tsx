// The kiosk's languages to record in, each with how much of what it needs is recorded ("12 of 44
// recorded"), and below them the municipality names, recorded once in Danish for every language.
import type { RecordingInfo } from '../../../data/recordings';
import type { SoundItem } from '../../../data/soundItems';
import { itemsMissing, NAMES_LANGUAGE } from '../../../data/soundItems';
import { useI18n } from '../../../i18n/I18n';
import { LANGUAGES } from '../../../i18n/languages/languages';
import type { LanguageCode } from '../../../i18n/languages/languages';

interface LanguageListProps {
  chosen: LanguageCode;
  onChoose: (language: LanguageCode) => void;
  items: readonly SoundItem[];
  names: readonly SoundItem[];
  recordings: readonly RecordingInfo[];
}

export function LanguageList({ chosen, onChoose, items, names, recordings }: LanguageListProps) {
  const { t } = useI18n();
  const recorded = (language: string, list: readonly SoundItem[]) =>
    list.length - itemsMissing(list, language, recordings).length;

  return (
    <>
      <fieldset class="settings-choices recordings-view__languages">
        <legend class="settings-field__label">{t('recordings.language')}</legend>
        {LANGUAGES.map((candidate) => (
          <label key={candidate.code} class="settings-choice recordings-view__language">
            <input
              type="radio"
              name="recordings-language"
              checked={candidate.code === chosen}
              onChange={() => onChoose(candidate.code)}
            />
            <span lang={candidate.code} dir={candidate.dir}>
              {candidate.name}
            </span>
            <span class="recordings-view__count">
              {t('recordings.count', {
                count: recorded(candidate.code, items),
                total: items.length,
              })}
            </span>
          </label>
        ))}
      </fieldset>
      <p class="recordings-view__names">
        <span>{t('recordings.names')}</span>
        <span class="recordings-view__count">
          {t('recordings.count', { count: recorded(NAMES_LANGUAGE, names), total: names.length })}
        </span>
      </p>
    </>
  );
}
