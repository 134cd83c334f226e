// The centre's own voices for everything the kiosk says: choose a language and start a session
// with an interpreter, who reads what is still missing one item after another; or open the list of
// every recording to redo one. The municipality names are recorded once, in Danish. At the top,
// the kiosk's languages that have no sound here yet, each a tap from its session; at the bottom,
// sharing them all as one file. Recordings stay on this tablet; the kiosk prefers them to the
// browser's voice.
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../data/live';
import type { RecordingInfo } from '../../data/recordings';
import { listRecordings } from '../../data/recordings';
import type { KioskSettings } from '../../data/settings';
import { getKioskSettings } from '../../data/settings';
import { itemsMissing, itemsToRecord, NAMES_LANGUAGE, namesToRecord } from '../../data/soundItems';
import { useI18n } from '../../i18n/I18n';
import { LANGUAGES, languageByCode } from '../../i18n/languages/languages';
import type { LanguageCode } from '../../i18n/languages/languages';
import { ItemList } from './recordings/ItemList';
import { LanguageList } from './recordings/LanguageList';
import { RecordingSession } from './recordings/RecordingSession';
import { RecordingsFile } from './recordings/RecordingsFile';
import { SoundGaps } from './recordings/SoundGaps';
import { SettingsSection } from './settings/SettingsSection';
import './settings/settings.css';
import './recordings/recordings.css';

/** A session in a language, or of the municipality names. */
type Session = { names: false; language: LanguageCode } | { names: true };

export function RecordingsView() {
  const { t } = useI18n();
  const recordings = useLiveQuery<RecordingInfo[] | null>(listRecordings, [], null);
  const settings = useLiveQuery<KioskSettings | null>(getKioskSettings, [], null);
  const [language, setLanguage] = useState<LanguageCode>(LANGUAGES[0].code);
  const [session, setSession] = useState<Session | null>(null);
  const [showAll, setShowAll] = useState(false);

  if (recordings === null || settings === null) {
    return (
      <div class="settings-view recordings-view">
        <h2 class="settings-view__title">{t('recordings.title')}</h2>
        <p class="settings-note">{t('staff.loading')}</p>
      </div>
    );
  }

  const items = itemsToRecord(settings);
  const names = namesToRecord(settings);

  if (session !== null) {
    return (
      <div class="settings-view recordings-view">
        <h2 class="settings-view__title">{t('recordings.title')}</h2>
        <RecordingSession
          // A new session starts its walk afresh.
          key={session.names ? 'names' : session.language}
          language={session.names ? NAMES_LANGUAGE : session.language}
          names={session.names}
          items={session.names ? names : items}
          recordings={recordings}
          onClose={() => setSession(null)}
        />
      </div>
    );
  }

  const recordIn = (code: LanguageCode) => {
    setLanguage(code);
    setSession({ names: false, language: code });
  };
  const languageName = languageByCode(language).name;
  const missingHere = itemsMissing(items, language, recordings).length;
  const missingNames = itemsMissing(names, NAMES_LANGUAGE, recordings).length;

  return (
    <div class="settings-view recordings-view">
      <h2 class="settings-view__title">{t('recordings.title')}</h2>
      <p class="settings-note">{t('recordings.explain')}</p>
      <SoundGaps
        recordings={recordings}
        settings={settings}
        onRecord={recordIn}
        onRecordNames={() => setSession({ names: true })}
      />
      <SettingsSection id="recordings-sessions" title={t('recordings.sessions')}>
        <LanguageList
          chosen={language}
          onChoose={setLanguage}
          items={items}
          names={names}
          recordings={recordings}
        />
        <div class="item-recorder__actions recordings-view__start">
          {missingHere > 0 ? (
            <button
              type="button"
              class="settings-button item-recorder__keep"
              onClick={() => recordIn(language)}
            >
              {t('recordings.session.start', { language: languageName })}
            </button>
          ) : (
            <p class="settings-note">{t('recordings.session.done', { language: languageName })}</p>
          )}
          {missingNames > 0 ? (
            <button
              type="button"
              class="settings-button"
              onClick={() => setSession({ names: true })}
            >
              {t('recordings.session.startNames')}
            </button>
          ) : (
            <p class="settings-note">{t('recordings.session.namesDone')}</p>
          )}
          <button
            type="button"
            class="settings-button"
            aria-expanded={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            {t('recordings.all', { language: languageName })}
          </button>
        </div>
      </SettingsSection>
      {showAll && (
        <ItemList language={language} items={items} names={names} recordings={recordings} />
      )}
      <RecordingsFile />
    </div>
  );
}
