// Where this tablet sends its visits: the server address in full, the key never (only its last
// characters), and whether the key is the tablet's own or the centre's shared one. Staff may paste a
// pairing link from the coordinator page, give a tablet on the shared key a key of its own, or type
// an address and token by hand.
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../../data/live';
import type { SyncSettings } from '../../../data/syncSettings';
import { getSyncSettings, normaliseEndpoint, savePairing } from '../../../data/syncSettings';
import { useI18n } from '../../../i18n/I18n';
import { useSync } from '../../../services/ServicesProvider';
import { isToken } from '../../../../shared/api/pairing';
import { defaultEndpoint } from '../../../sync/pairing';
import { Refusal } from './errors';
import { RevokedNotice } from '../pairing/RevokedNotice';
import { SharedKeyNotice } from '../pairing/SharedKeyNotice';
import { maskToken } from './maskToken';
import { PairingLinkForm } from './PairingLinkForm';
import { SaveMessage } from './SaveMessage';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';

function CurrentPairing({ sync }: { sync: SyncSettings }) {
  const { t } = useI18n();
  const own = defaultEndpoint();
  return (
    <div class="settings-facts">
      <p>
        {sync.endpoint !== null
          ? t('settings.sync.current', { endpoint: sync.endpoint })
          : own !== null
            ? t('settings.sync.currentOwn', { endpoint: own })
            : t('settings.sync.noEndpoint')}
      </p>
      <p>
        {sync.token === null
          ? t('settings.sync.tokenNone')
          : sync.device !== null
            ? t('settings.sync.keyOwn', { masked: maskToken(sync.token) })
            : t('settings.sync.tokenCurrent', { masked: maskToken(sync.token) })}
      </p>
    </div>
  );
}

function EndpointForm({ sync }: { sync: SyncSettings }) {
  const { t } = useI18n();
  const saver = useSave();
  const syncLoop = useSync();
  const [endpoint, setEndpoint] = useState(sync.endpoint ?? '');
  const [token, setToken] = useState('');
  const failed = saver.state.kind === 'failed';

  const submit = (event: Event) => {
    event.preventDefault();
    void saver
      .run(async () => {
        let address: string | null = null;
        if (endpoint.trim() !== '') {
          try {
            address = normaliseEndpoint(endpoint);
          } catch {
            throw new Refusal('settings.error.endpoint');
          }
        }
        const typed = token.trim() !== '';
        const nextToken = typed ? token.trim() : sync.token;
        if (nextToken === null) throw new Refusal('settings.error.tokenMissing');
        if (!isToken(nextToken)) throw new Refusal('settings.error.token');
        // A token typed by hand is taken for a shared one; a kept key stays the tablet's own.
        await savePairing({
          endpoint: address,
          token: nextToken,
          device: typed ? null : sync.device,
        });
        setEndpoint(address ?? '');
      })
      .then((stored) => {
        if (!stored) return;
        setToken('');
        syncLoop.afterPairing();
      });
  };

  return (
    <form class="settings-form" onSubmit={submit} noValidate>
      <label class="settings-field__label" for="settings-sync-endpoint">
        {t('settings.sync.endpoint')}
      </label>
      <p id="settings-sync-endpoint-hint" class="settings-field__hint">
        {t('settings.sync.endpointHint')}
      </p>
      <input
        id="settings-sync-endpoint"
        class="settings-input"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        value={endpoint}
        onInput={(event) => setEndpoint(event.currentTarget.value)}
        aria-invalid={failed}
        aria-describedby="settings-sync-endpoint-hint settings-sync-message"
      />
      <label class="settings-field__label" for="settings-sync-token">
        {t('settings.sync.token')}
      </label>
      <p id="settings-sync-token-hint" class="settings-field__hint">
        {t('settings.sync.tokenHint')}
      </p>
      <input
        id="settings-sync-token"
        class="settings-input"
        type="password"
        autoComplete="off"
        spellcheck={false}
        value={token}
        onInput={(event) => setToken(event.currentTarget.value)}
        aria-invalid={failed}
        aria-describedby="settings-sync-token-hint settings-sync-message"
      />
      <button type="submit" class="settings-button">
        {t('settings.save')}
      </button>
      <SaveMessage id="settings-sync-message" state={saver.state} />
    </form>
  );
}

export function SyncSetting() {
  const { t } = useI18n();
  const sync = useLiveQuery<SyncSettings | null>(getSyncSettings, [], null);
  return (
    <SettingsSection id="settings-sync" title={t('settings.sync.title')}>
      {sync === null ? (
        <p class="settings-note">{t('settings.loading')}</p>
      ) : (
        <>
          <RevokedNotice />
          <CurrentPairing sync={sync} />
          <SharedKeyNotice />
          <PairingLinkForm />
          <EndpointForm sync={sync} />
        </>
      )}
    </SettingsSection>
  );
}
