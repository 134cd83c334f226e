// Shown instead of the questions when the tablet cannot keep a check-in (a private window, storage
// switched off, a full disk): a calm request to fetch a staff member, never a kiosk that pretends to
// record. Staff come in the usual way (the corner mark) and find the details in the staff view.
import { useI18n } from '../../i18n/I18n';
import { Help } from '../pictograms/Help';
import './StorageTrouble.css';

interface StorageTroubleProps {
  onRetry: () => void;
  /** A check is under way; the button waits for it. */
  checking: boolean;
}

export function StorageTrouble({ onRetry, checking }: StorageTroubleProps) {
  const { t } = useI18n();
  return (
    <section class="storage-trouble" aria-labelledby="storage-trouble-title">
      <Help class="storage-trouble__picture" />
      <h1 id="storage-trouble-title" class="storage-trouble__title">
        {t('kiosk.care.trouble.title')}
      </h1>
      <p class="storage-trouble__body">{t('kiosk.care.trouble.body')}</p>
      <button
        type="button"
        class="storage-trouble__retry"
        data-action="retry-storage"
        disabled={checking}
        onClick={onRetry}
      >
        {t('kiosk.care.trouble.retry')}
      </button>
    </section>
  );
}
