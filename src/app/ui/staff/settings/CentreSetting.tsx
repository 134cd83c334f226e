import { MAX_CENTRE_NAME_LENGTH, saveKioskSettings } from '../../../data/settings';
import { useI18n } from '../../../i18n/I18n';
import { SettingsSection } from './SettingsSection';
import { TextSetting } from './TextSetting';

export function CentreSetting({ centreName }: { centreName: string }) {
  const { t } = useI18n();
  return (
    <SettingsSection id="settings-centre" title={t('settings.centre.title')}>
      <TextSetting
        id="settings-centre-name"
        label={t('settings.centre.name')}
        initial={centreName}
        // A little room over the limit, so an overlong name is refused with a reason, not cut off.
        input={{ autoComplete: 'organization', maxLength: MAX_CENTRE_NAME_LENGTH + 20 }}
        save={async (name) => {
          await saveKioskSettings({ centreName: name });
        }}
      />
    </SettingsSection>
  );
}
