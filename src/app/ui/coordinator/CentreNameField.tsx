// The centre's name for the page's heading and the printed report: written once, kept on this
// computer, saved when the field is left (or Enter is pressed), so typing never reflows the page.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { MAX_COORDINATOR_CENTRE_NAME } from '../../coordinator/centreNameStore';

interface CentreNameFieldProps {
  value: string;
  onChange: (name: string) => void;
}

export function CentreNameField({ value, onChange }: CentreNameFieldProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  const keep = () => {
    if (draft.trim() !== value) onChange(draft);
  };
  return (
    <label class="coordinator-field centre-name-field">
      <span>{t('coordinator.centreName')}</span>
      <input
        type="text"
        autocomplete="organization"
        maxLength={MAX_COORDINATOR_CENTRE_NAME}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onBlur={keep}
        onKeyDown={(event) => {
          if (event.key === 'Enter') keep();
        }}
      />
    </label>
  );
}
