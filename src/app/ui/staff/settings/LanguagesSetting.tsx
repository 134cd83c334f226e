// Which languages the kiosk offers as buttons, and which one every check-in starts in. The start
// language is always one of those offered: unticking it moves the start to the first one left.
import type { KioskLanguage } from '../../../data/settings';
import { saveKioskSettings, updateKioskSettings } from '../../../data/settings';
import { useI18n } from '../../../i18n/I18n';
import { LANGUAGES } from '../../../i18n/languages/languages';
import { SaveMessage } from './SaveMessage';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';

interface LanguagesSettingProps {
  offered: readonly KioskLanguage[];
  start: KioskLanguage;
}

export function LanguagesSetting({ offered, start }: LanguagesSettingProps) {
  const { t } = useI18n();
  const saver = useSave();
  const messageId = 'settings-languages-message';

  // Applied to the languages as stored at that moment, so quick taps never undo each other.
  const toggle = (code: KioskLanguage) =>
    void saver.run(() =>
      updateKioskSettings((current) => {
        const next = current.languagesOffered.includes(code)
          ? current.languagesOffered.filter((other) => other !== code)
          : LANGUAGES.map((language) => language.code).filter(
              (other) => other === code || current.languagesOffered.includes(other),
            );
        const language = next.includes(current.language) ? current.language : next[0];
        return { languagesOffered: next, language };
      }),
    );

  const startIn = (language: KioskLanguage) =>
    void saver.run(async () => {
      await saveKioskSettings({ language });
    });

  return (
    <SettingsSection id="settings-languages" title={t('settings.languages.title')}>
      <fieldset class="settings-choices" aria-describedby={messageId}>
        <legend class="settings-field__label">{t('settings.languages.offered')}</legend>
        {LANGUAGES.map((language) => (
          <label key={language.code} class="settings-choice">
            <input
              type="checkbox"
              checked={offered.includes(language.code)}
              onChange={() => toggle(language.code)}
            />
            <span lang={language.code} dir={language.dir}>
              {language.name}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="settings-choices" aria-describedby={messageId}>
        <legend class="settings-field__label">{t('settings.languages.start')}</legend>
        {LANGUAGES.filter((language) => offered.includes(language.code)).map((language) => (
          <label key={language.code} class="settings-choice">
            <input
              type="radio"
              name="settings-start-language"
              checked={language.code === start}
              onChange={() => startIn(language.code)}
            />
            <span lang={language.code} dir={language.dir}>
              {language.name}
            </span>
          </label>
        ))}
      </fieldset>
      <SaveMessage id={messageId} state={saver.state} />
    </SettingsSection>
  );
}
