import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../../../i18n/I18n';
import { SaveMessage } from './SaveMessage';
import { useSave } from './useSave';

type InputProps = Pick<
  JSX.InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'autoComplete' | 'min' | 'max' | 'step' | 'maxLength' | 'spellcheck'
>;

interface TextSettingProps {
  id: string;
  label: string;
  hint?: string;
  /** The stored value the field starts from. */
  initial: string;
  input?: InputProps;
  /** Stores the value, or throws saying why not. */
  save: (value: string) => Promise<unknown>;
}

/** One field and its save button. After a refusal the field keeps what was typed, to be fixed. */
export function TextSetting({ id, label, hint, initial, input, save }: TextSettingProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const saver = useSave();
  const failed = saver.state.kind === 'failed';
  const described = [hint ? `${id}-hint` : null, `${id}-message`].filter(Boolean).join(' ');

  const submit = (event: Event) => {
    event.preventDefault();
    void saver.run(() => save(draft));
  };

  return (
    <form class="settings-form" onSubmit={submit} noValidate>
      <label class="settings-field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="settings-field__hint">
          {hint}
        </p>
      )}
      <div class="settings-form__row">
        <input
          id={id}
          class="settings-input"
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          aria-invalid={failed}
          aria-describedby={described}
          {...input}
        />
        <button type="submit" class="settings-button">
          {t('settings.save')}
        </button>
      </div>
      <SaveMessage id={`${id}-message`} state={saver.state} />
    </form>
  );
}
