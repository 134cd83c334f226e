// Changing the staff PIN: the current one first (wrong tries count towards the pause, as at the
// door), then the new one twice. Nothing changes unless all three are right.
import { useState } from 'preact/hooks';
import { isPinFormat, PIN_MAX_LENGTH, PIN_MIN_LENGTH, setPin, verifyPin } from '../../../data/pin';
import { useI18n } from '../../../i18n/I18n';
import { Refusal } from './errors';
import { SaveMessage } from './SaveMessage';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';

const FIELDS = [
  { id: 'settings-pin-current', label: 'settings.pin.current', autoComplete: 'current-password' },
  { id: 'settings-pin-new', label: 'settings.pin.new', autoComplete: 'new-password' },
  { id: 'settings-pin-repeat', label: 'settings.pin.repeat', autoComplete: 'new-password' },
] as const;

type Drafts = Record<(typeof FIELDS)[number]['id'], string>;
const EMPTY: Drafts = {
  'settings-pin-current': '',
  'settings-pin-new': '',
  'settings-pin-repeat': '',
};

export function PinSetting() {
  const { t, lang } = useI18n();
  const saver = useSave();
  const [drafts, setDrafts] = useState<Drafts>(EMPTY);
  const failed = saver.state.kind === 'failed';

  const submit = (event: Event) => {
    event.preventDefault();
    const current = drafts['settings-pin-current'];
    const next = drafts['settings-pin-new'];
    const repeat = drafts['settings-pin-repeat'];
    void saver
      .run(
        async () => {
          if (!isPinFormat(next)) {
            throw new Refusal('settings.error.pinFormat', {
              min: PIN_MIN_LENGTH,
              max: PIN_MAX_LENGTH,
            });
          }
          if (next !== repeat) throw new Refusal('settings.error.pinMismatch');
          const check = await verifyPin(current);
          if (!check.ok) {
            if (check.retryAt === undefined) throw new Refusal('settings.error.pinWrong');
            const time = new Intl.DateTimeFormat(lang, { timeStyle: 'medium' }).format(
              check.retryAt,
            );
            throw new Refusal('settings.error.pinPaused', { time });
          }
          await setPin(next);
        },
        { key: 'settings.pin.changed' },
      )
      // PINs never stay on screen, whatever the outcome.
      .then(() => setDrafts(EMPTY));
  };

  return (
    <SettingsSection id="settings-pin" title={t('settings.pin.title')}>
      <form class="settings-form" onSubmit={submit} noValidate>
        <p id="settings-pin-hint" class="settings-field__hint">
          {t('settings.pin.hint', { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH })}
        </p>
        {FIELDS.map((field) => (
          <div key={field.id} class="settings-form__field">
            <label class="settings-field__label" for={field.id}>
              {t(field.label)}
            </label>
            <input
              id={field.id}
              class="settings-input settings-input--pin"
              type="password"
              inputMode="numeric"
              autoComplete={field.autoComplete}
              maxLength={PIN_MAX_LENGTH}
              value={drafts[field.id]}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setDrafts((old) => ({ ...old, [field.id]: value }));
              }}
              aria-invalid={failed}
              aria-describedby="settings-pin-hint settings-pin-message"
            />
          </div>
        ))}
        <button type="submit" class="settings-button">
          {t('settings.pin.change')}
        </button>
        <SaveMessage id="settings-pin-message" state={saver.state} />
      </form>
    </SettingsSection>
  );
}
