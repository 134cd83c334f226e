// The calm notice on a tablet still paired with the centre's shared kiosk token: it goes on working,
// and staff are offered a key of its own, at a tap (the server exchanges the shared token for one)
// or with a pairing link from the coordinator page.
import { useId } from 'preact/hooks';
import { useLiveQuery } from '../../../data/live';
import { getSyncSettings } from '../../../data/syncSettings';
import { useI18n } from '../../../i18n/I18n';
import { useSync } from '../../../services/ServicesProvider';
import { ownKeyForSharedToken } from '../../../sync/ownKey';
import { SaveMessage } from '../settings/SaveMessage';
import { pairingRefusal } from '../settings/pairingProblems';
import { useSave } from '../settings/useSave';
import '../StaffNotice.css';

export function SharedKeyNotice() {
  const { t } = useI18n();
  const titleId = useId();
  const sync = useLiveQuery(getSyncSettings, [], null);
  const saver = useSave();
  const loop = useSync();
  // The answer to the tap stays on screen once the key has come and the notice has gone.
  if (saver.state.kind === 'done') {
    return (
      <p class="settings-note" role="status">
        {t('staff.pairing.ownKeyDone')}
      </p>
    );
  }
  if (sync === null || sync.token === null || sync.device !== null || sync.revokedAt !== null) {
    return null;
  }

  const pairing = { endpoint: sync.endpoint, token: sync.token };
  const askForKey = () => {
    void saver
      .run(
        async () => {
          const outcome = await ownKeyForSharedToken(pairing);
          if (!outcome.ok) throw pairingRefusal(outcome.problem);
        },
        { key: 'staff.pairing.ownKeyDone' },
      )
      .then((stored) => {
        if (stored) loop.afterPairing();
      });
  };

  return (
    <section class="staff-notice" aria-labelledby={titleId}>
      <h4 id={titleId} class="staff-notice__title">
        {t('staff.pairing.sharedTitle')}
      </h4>
      <p class="staff-notice__text">{t('staff.pairing.shared')}</p>
      <p class="staff-notice__text">{t('staff.pairing.sharedTodo')}</p>
      <button
        type="button"
        class="settings-button"
        disabled={saver.state.kind === 'saving'}
        onClick={askForKey}
        aria-describedby="pairing-own-key-message"
      >
        {saver.state.kind === 'saving'
          ? t('staff.pairing.ownKeyAsking')
          : t('staff.pairing.ownKey')}
      </button>
      <SaveMessage id="pairing-own-key-message" state={saver.state} />
    </section>
  );
}
