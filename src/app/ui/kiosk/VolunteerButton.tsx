// The volunteers' own control on the women's first screen: one tap records a volunteer's day. It
// sits below the women's choices, across a line from them, and looks like the staff's side of the
// kiosk (a name badge, a plain outline, smaller type) rather than like one of the answer tiles.
import { useI18n } from '../../i18n/I18n';
import { VolunteerBadge } from '../pictograms/VolunteerBadge';
import './VolunteerButton.css';

interface VolunteerButtonProps {
  onVolunteer: () => void;
  /** The volunteer's day is being saved: a second tap does nothing. */
  saving: boolean;
  /** The last volunteer's day could not be saved: nothing was stored. */
  failed: boolean;
}

export function VolunteerButton({ onVolunteer, saving, failed }: VolunteerButtonProps) {
  const { t } = useI18n();
  return (
    <div class="volunteer-bar">
      {failed && (
        <p class="volunteer-bar__failed" role="status">
          {t('summary.saveFailed')}
        </p>
      )}
      <button
        type="button"
        class="volunteer-bar__button"
        data-action="volunteer"
        disabled={saving}
        onClick={onVolunteer}
      >
        <VolunteerBadge />
        <span>{t('volunteer.button')}</span>
      </button>
    </div>
  );
}
