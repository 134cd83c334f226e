import { useEffect, useState } from 'preact/hooks';
import { isDeviceId } from '../../../../shared/visitFields';
import { getDeviceId, setDeviceId } from '../../../data/device';
import { useI18n } from '../../../i18n/I18n';
import { useSync } from '../../../services/ServicesProvider';
import { Refusal } from './errors';
import { SettingsSection } from './SettingsSection';
import { TextSetting } from './TextSetting';

export function TabletSetting() {
  const { t } = useI18n();
  const sync = useSync();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    getDeviceId().then(
      (stored) => current && setName(stored),
      () => current && setName(''),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <SettingsSection id="settings-tablet" title={t('settings.tablet.title')}>
      {name === null ? (
        <p class="settings-note">{t('settings.loading')}</p>
      ) : (
        <TextSetting
          id="settings-tablet-name"
          label={t('settings.tablet.name')}
          hint={t('settings.tablet.hint')}
          initial={name}
          input={{ autoComplete: 'off', spellcheck: false }}
          save={async (draft) => {
            const next = draft.trim();
            // The endpoint's own rule for deviceId, checked here to say it in the staff's words.
            if (!isDeviceId(next)) throw new Refusal('settings.error.tabletName');
            await setDeviceId(next);
            // The next pass's status report carries the new name to the coordinator's list.
            sync.request();
          }}
        />
      )}
    </SettingsSection>
  );
}
