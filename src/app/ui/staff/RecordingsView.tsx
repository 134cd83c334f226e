// The centre's own voices for the kiosk: choose a language, then record each prompt in it (an
// interpreter reads them once), listen, keep or record again; and share them all as one file.
// Recordings stay on this tablet; the kiosk prefers them to the browser's voice. At the top, the
// kiosk's languages that have no sound here yet, each a tap away from its recorders.
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../data/live';
import type { RecordingInfo } from '../../data/recordings';
import { listRecordings, PROMPTS } from '../../data/recordings';
import { useI18n } from '../../i18n/I18n';
import { LANGUAGES } from '../../i18n/languages/languages';
import type { LanguageCode } from '../../i18n/languages/languages';
import { promptText } from '../sound/promptText';
import { PromptRecorder } from './recordings/PromptRecorder';
import { RecordingsFile } from './recordings/RecordingsFile';
import { SoundGaps } from './recordings/SoundGaps';
import './settings/settings.css';
import './recordings/recordings.css';

export function RecordingsView() {
  const { t } = useI18n();
  const recordings = useLiveQuery<RecordingInfo[] | null>(listRecordings, [], null);
  const [language, setLanguage] = useState<LanguageCode>(LANGUAGES[0].code);
  const chosen = LANGUAGES.find((candidate) => candidate.code === language) ?? LANGUAGES[0];
  const countIn = (code: string) =>
    recordings?.filter((recording) => recording.language === code).length ?? 0;

  return (
    <div class="settings-view recordings-view">
      <h2 class="settings-view__title">{t('recordings.title')}</h2>
      <p class="settings-note">{t('recordings.explain')}</p>
      {recordings !== null && <SoundGaps recordings={recordings} onRecord={setLanguage} />}
      <fieldset class="settings-choices recordings-view__languages">
        <legend class="settings-field__label">{t('recordings.language')}</legend>
        {LANGUAGES.map((candidate) => (
          <label key={candidate.code} class="settings-choice recordings-view__language">
            <input
              type="radio"
              name="recordings-language"
              checked={candidate.code === language}
              onChange={() => setLanguage(candidate.code)}
            />
            <span lang={candidate.code} dir={candidate.dir}>
              {candidate.name}
            </span>
            <span class="recordings-view__count">
              {t('recordings.count', {
                count: countIn(candidate.code),
                total: PROMPTS.length,
              })}
            </span>
          </label>
        ))}
      </fieldset>
      {recordings === null ? (
        <p class="settings-note">{t('staff.loading')}</p>
      ) : (
        PROMPTS.map((prompt) => (
          <PromptRecorder
            key={`${language}-${prompt}`}
            language={language}
            languageName={chosen.name}
            prompt={prompt}
            text={promptText(prompt, t)}
            saved={recordings.find((r) => r.language === language && r.prompt === prompt)}
          />
        ))
      )}
      <RecordingsFile />
    </div>
  );
}
