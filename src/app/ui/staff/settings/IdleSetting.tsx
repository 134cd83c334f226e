import { MAX_IDLE_SECONDS, MIN_IDLE_SECONDS, saveKioskSettings } from '../../../data/settings';
import { useI18n } from '../../../i18n/I18n';
import { SettingsSection } from './SettingsSection';
import { TextSetting } from './TextSetting';

/** A whole number of seconds, or NaN: the settings refuse anything else with the reason. */
function secondsFrom(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function IdleSetting({ idleSeconds }: { idleSeconds: number }) {
  const { t } = useI18n();
  return (
    <SettingsSection id="settings-idle" title={t('settings.idle.title')}>
      <TextSetting
        id="settings-idle-seconds"
        label={t('settings.idle.seconds')}
        hint={t('settings.idle.hint', { min: MIN_IDLE_SECONDS, max: MAX_IDLE_SECONDS })}
        initial={String(idleSeconds)}
        input={{ inputMode: 'numeric', autoComplete: 'off' }}
        save={async (draft) => {
          await saveKioskSettings({ idleSeconds: secondsFrom(draft) });
        }}
      />
    </SettingsSection>
  );
}
