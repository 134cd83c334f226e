// Whether the tablet's visits are safe from the browser clearing storage, how much room is left,
// and first of all whether the browser has emptied it already. A refusal or low space gets a calm
// note with what to do, never an alarm: the visits are still there, and the way to keep them safe
// is to send them and to let the browser promise.
import { useEffect, useId, useState } from 'preact/hooks';
import type { StorageState } from '../../data/storage';
import {
  formatBytes,
  requestPersistence,
  storageStatus,
  storageWarnings,
} from '../../data/storage';
import { useI18n } from '../../i18n/I18n';
import { StorageProblems } from './StorageProblems';
import { StorageWiped } from './StorageWiped';
import './StorageStatus.css';

export function StorageStatus() {
  const { t, lang } = useI18n();
  const titleId = useId();
  const [state, setState] = useState<StorageState | null>(null);
  const [asking, setAsking] = useState(false);

  // A tablet not yet promised persistence is asked once more whenever staff look: the browser may
  // have changed its mind (installed to the home screen, used daily), and a warning should only
  // stand when it still says no.
  useEffect(() => {
    let current = true;
    void (async () => {
      let read = await storageStatus();
      if (read.persisted === false && (await requestPersistence()) === true) {
        read = await storageStatus();
      }
      if (current) setState(read);
    })();
    return () => {
      current = false;
    };
  }, []);

  const askAgain = async () => {
    setAsking(true);
    try {
      await requestPersistence();
      setState(await storageStatus());
    } finally {
      setAsking(false);
    }
  };

  if (state === null) return null;
  const warnings = storageWarnings(state);
  const { usage, quota } = state;
  return (
    <section class="storage-status" aria-labelledby={titleId}>
      <h3 id={titleId} class="storage-status__title">
        {t('staff.storage.title')}
      </h3>
      <StorageWiped />
      {state.persisted === true && <p>{t('staff.storage.persisted')}</p>}
      {state.persisted === null && <p>{t('staff.storage.unknown')}</p>}
      {warnings.notPersisted && (
        <div class="storage-status__notice">
          <p>{t('staff.storage.notPersisted')}</p>
          <button type="button" disabled={asking} onClick={() => void askAgain()}>
            {t('staff.storage.ask')}
          </button>
        </div>
      )}
      {usage !== undefined && (
        <p>
          {quota !== undefined
            ? t('staff.storage.usage', {
                used: formatBytes(usage, lang),
                free: formatBytes(Math.max(0, quota - usage), lang),
              })
            : t('staff.storage.usedOnly', { used: formatBytes(usage, lang) })}
        </p>
      )}
      {warnings.lowSpace && <p class="storage-status__notice">{t('staff.storage.low')}</p>}
      <StorageProblems />
    </section>
  );
}
