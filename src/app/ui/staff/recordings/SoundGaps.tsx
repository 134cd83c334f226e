// Which of the kiosk's languages have no sound on this tablet yet (no browser voice, recordings
// missing), and the way to add it: record them here with an interpreter. The kiosk shows no speaker
// where there is no sound, so this is where staff learn of it.
import { useLiveQuery } from '../../../data/live';
import type { KioskLanguage, KioskSettings } from '../../../data/settings';
import { getKioskSettings } from '../../../data/settings';
import type { RecordingInfo } from '../../../data/recordings';
import { PROMPTS } from '../../../data/recordings';
import { useI18n } from '../../../i18n/I18n';
import { languageByCode } from '../../../i18n/languages/languages';
import { soundGaps } from '../../sound/soundGaps';
import { useVoices } from '../../sound/useVoices';
import { SettingsSection } from '../settings/SettingsSection';

interface SoundGapsProps {
  recordings: readonly RecordingInfo[];
  /** Turns the recorders below to this language. */
  onRecord: (language: KioskLanguage) => void;
}

export function SoundGaps({ recordings, onRecord }: SoundGapsProps) {
  const { t } = useI18n();
  const settings = useLiveQuery<KioskSettings | null>(getKioskSettings, [], null);
  const voices = useVoices();
  if (settings === null) return null;
  const gaps = soundGaps(settings.languagesOffered, voices, recordings);

  return (
    <SettingsSection id="recordings-gaps" title={t('recordings.gaps.title')}>
      {gaps.length === 0 ? (
        <p class="settings-note">{t('recordings.gaps.none')}</p>
      ) : (
        <>
          <p class="settings-note">{t('recordings.gaps.explain')}</p>
          <ul class="sound-gaps">
            {gaps.map((gap) => {
              const language = languageByCode(gap.language);
              return (
                <li key={gap.language} class="sound-gaps__language">
                  <span lang={language.code} dir={language.dir}>
                    {language.name}
                  </span>
                  <span class="recordings-view__count">
                    {t('recordings.count', { count: gap.recorded, total: PROMPTS.length })}
                  </span>
                  <button
                    type="button"
                    class="settings-button"
                    onClick={() => onRecord(gap.language)}
                  >
                    {t('recordings.gaps.record', { language: language.name })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </SettingsSection>
  );
}
