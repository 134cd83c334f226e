import { useI18n } from '../../../i18n/I18n';
import type { SaveState } from './useSave';

interface SaveMessageProps {
  /** Fields point at this with aria-describedby, so a refusal is read out with the field. */
  id: string;
  state: SaveState;
}

/** "Saved." or why not, under the setting it belongs to; calm, and never colour alone. */
export function SaveMessage({ id, state }: SaveMessageProps) {
  const { t } = useI18n();
  return (
    <div id={id} class="settings-message">
      {/* Always present, so screen readers announce what appears in it. */}
      <p role="status" class="settings-message__done">
        {state.kind === 'done' && t(state.said.key, state.said.params)}
        {state.kind === 'saving' && t('settings.saving')}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" class="settings-message__problem">
          {t(state.said.key, state.said.params)}
        </p>
      )}
    </div>
  );
}
