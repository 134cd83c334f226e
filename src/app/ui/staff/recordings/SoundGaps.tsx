// Which of the kiosk's languages have no sound on this tablet yet (no browser voice, recordings
// missing), and the way to add it: a recording session with an interpreter, one tap away. Without
// a voice the kiosk's speaker is silent for whatever is not recorded, so this is where staff learn
// of it.
import type { KioskLanguage, KioskSettings } from '../../../data/settings';
import type { RecordingInfo } from '../../../data/recordings';
import { useI18n } from '../../../i18n/I18n';
import { languageByCode } from '../../../i18n/languages/languages';
import { namesGap, soundGaps } from '../../sound/soundGaps';
import { useVoices } from '../../sound/useVoices';
import { SettingsSection } from '../settings/SettingsSection';

interface SoundGapsProps {
  recordings: readonly RecordingInfo[];
  settings: KioskSettings;
  /** Starts a recording session in this language. */
  onRecord: (language: KioskLanguage) => void;
  /** Starts a recording session of the municipality names. */
  onRecordNames: () => void;
}

export function SoundGaps({ recordings, settings, onRecord, onRecordNames }: SoundGapsProps) {
  const { t } = useI18n();
  const voices = useVoices();
  const gaps = soundGaps(settings.languagesOffered, voices, recordings, settings);
  const names = namesGap(settings.languagesOffered, voices, recordings, settings);

  return (
    <SettingsSection id="recordings-gaps" title={t('recordings.gaps.title')}>
      {gaps.length === 0 && names === null ? (
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
                    {t('recordings.count', { count: gap.recorded, total: gap.total })}
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
            {names && (
              <li class="sound-gaps__language">
                <span>{t('recordings.names')}</span>
                <span class="recordings-view__count">
                  {t('recordings.count', { count: names.recorded, total: names.total })}
                </span>
                <button type="button" class="settings-button" onClick={onRecordNames}>
                  {t('recordings.session.startNames')}
                </button>
              </li>
            )}
          </ul>
        </>
      )}
    </SettingsSection>
  );
}
