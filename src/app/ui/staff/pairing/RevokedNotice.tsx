// The notice staff see while the coordinator has withdrawn this tablet's key: it must be paired
// again, and the visits waiting on it are kept and sent once it is. Read from the stored pairing,
// so it shows after a restart too, before the tablet has asked the server anything.
import { useId } from 'preact/hooks';
import { useLiveQuery } from '../../../data/live';
import { getSyncSettings } from '../../../data/syncSettings';
import { useI18n } from '../../../i18n/I18n';
import { useSyncStatus } from '../../../services/useSyncStatus';
import '../StaffNotice.css';

export function RevokedNotice() {
  const { t } = useI18n();
  const titleId = useId();
  const sync = useLiveQuery(getSyncSettings, [], null);
  const { pending, quarantined } = useSyncStatus();
  if (sync === null || sync.token === null || sync.revokedAt === null) return null;
  return (
    <section class="staff-notice" aria-labelledby={titleId} role="alert">
      <h3 id={titleId} class="staff-notice__title">
        {t('staff.pairing.revokedTitle')}
      </h3>
      <p class="staff-notice__text">
        {t('staff.pairing.revoked', { count: pending + quarantined })}
      </p>
      <p class="staff-notice__text">{t('staff.pairing.revokedTodo')}</p>
    </section>
  );
}
