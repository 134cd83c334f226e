// Pairing by pasting the link the coordinator page made (the one its QR code holds): its one-time
// code is exchanged for a key of the tablet's own, here and now, so staff see at once whether it
// worked. An older link with the shared token pairs as it always did.
import { useState } from 'preact/hooks';
import { useI18n } from '../../../i18n/I18n';
import { useSync } from '../../../services/ServicesProvider';
import { defaultEndpoint, pairWithLink, readPairingHash } from '../../../sync/pairing';
import { Refusal } from './errors';
import { pairingRefusal } from './pairingProblems';
import { SaveMessage } from './SaveMessage';
import { useSave } from './useSave';

/** The `#pair=...` part of a pasted pairing link; the part itself may be pasted too. */
function pairingPart(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return hash >= 0 ? trimmed.slice(hash) : trimmed;
}

/** Pair again by pasting a pairing link. */
export function PairingLinkForm() {
  const { t } = useI18n();
  const saver = useSave();
  const sync = useSync();
  const [link, setLink] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    void saver
      .run(
        async () => {
          const read = readPairingHash(pairingPart(link));
          if (!read.found || !read.ok) throw new Refusal('settings.error.pairingLink');
          const result = await pairWithLink(read.link);
          if (result.status === 'failed') throw pairingRefusal(result.problem);
          return result.pairing;
        },
        (saved) => ({
          key: saved.device ? 'settings.sync.pairedOwn' : 'settings.sync.paired',
          params: { endpoint: saved.endpoint ?? defaultEndpoint() ?? '' },
        }),
      )
      .then((stored) => {
        if (!stored) return;
        // The link holds a code or a token: it does not stay on screen.
        setLink('');
        sync.afterPairing();
      });
  };

  return (
    <form class="settings-form" onSubmit={submit} noValidate>
      <label class="settings-field__label" for="settings-pair-link">
        {t('settings.sync.pairLink')}
      </label>
      <p id="settings-pair-link-hint" class="settings-field__hint">
        {t('settings.sync.pairHint')}
      </p>
      <div class="settings-form__row">
        <input
          id="settings-pair-link"
          class="settings-input"
          type="password"
          autoComplete="off"
          spellcheck={false}
          value={link}
          onInput={(event) => setLink(event.currentTarget.value)}
          aria-invalid={saver.state.kind === 'failed'}
          aria-describedby="settings-pair-link-hint settings-pair-message"
        />
        <button type="submit" class="settings-button">
          {t('settings.sync.pair')}
        </button>
      </div>
      <SaveMessage id="settings-pair-message" state={saver.state} />
    </form>
  );
}
