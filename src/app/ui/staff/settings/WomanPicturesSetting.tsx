// Which women the kiosk's pictures show: with a headscarf, without one, or both mixed (the
// default), so that every woman at the door can see herself in them. Each choice shows what the
// kiosk will draw, so staff choose by the pictures rather than by the words.
import type { WomanPictures } from '../../../data/settings';
import { saveKioskSettings, WOMAN_PICTURES } from '../../../data/settings';
import { useI18n } from '../../../i18n/I18n';
import type { MessageKey } from '../../../i18n/messages/da';
import { Woman } from '../../pictograms/Woman';
import { WomanLookContext } from '../../pictograms/womanLook';
import { SaveMessage } from './SaveMessage';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';

const LABELS: Record<WomanPictures, MessageKey> = {
  both: 'settings.womanPictures.both',
  headscarf: 'settings.womanPictures.headscarf',
  bareheaded: 'settings.womanPictures.bareheaded',
};

export function WomanPicturesSetting({ chosen }: { chosen: WomanPictures }) {
  const { t } = useI18n();
  const saver = useSave();
  const messageId = 'settings-woman-pictures-message';

  const choose = (womanPictures: WomanPictures) =>
    void saver.run(async () => {
      await saveKioskSettings({ womanPictures });
    });

  return (
    <SettingsSection id="settings-woman-pictures" title={t('settings.womanPictures.title')}>
      <p class="settings-note">{t('settings.womanPictures.explain')}</p>
      <fieldset
        class="settings-choices"
        aria-labelledby="settings-woman-pictures-title"
        aria-describedby={messageId}
      >
        {WOMAN_PICTURES.map((look) => (
          <label key={look} class="settings-choice woman-pictures-setting__choice">
            <input
              type="radio"
              name="settings-woman-pictures"
              checked={look === chosen}
              onChange={() => choose(look)}
            />
            <WomanLookContext.Provider value={look}>
              <span class="woman-pictures-setting__pictures">
                <Woman />
                {look === 'both' && <Woman slot={1} />}
              </span>
            </WomanLookContext.Provider>
            <span>{t(LABELS[look])}</span>
          </label>
        ))}
      </fieldset>
      <SaveMessage id={messageId} state={saver.state} />
    </SettingsSection>
  );
}
