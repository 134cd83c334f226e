// A fresh one-time pairing link for one new tablet, with its QR code and when it stops working. It
// stays on screen until hidden or replaced, since it lets whoever holds it pair a tablet.
import { useId, useState } from 'preact/hooks';
import type { PairingCodeAnswer } from '../../../shared/api/devices';
import { useI18n } from '../../i18n/I18n';
import { QrCode } from './QrCode';
import { formatWhen } from './when';

interface PairingLinkPanelProps {
  pairing: PairingCodeAnswer;
  onHide: () => void;
}

export function PairingLinkPanel({ pairing, onHide }: PairingLinkPanelProps) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const linkId = useId();
  const [copied, setCopied] = useState(false);

  const copy = () => {
    navigator.clipboard?.writeText(pairing.link).then(
      () => setCopied(true),
      // Copying may be refused (no permission, an older browser): the link can still be selected.
      () => setCopied(false),
    );
  };

  return (
    <section class="pairing-link" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('coordinator.pair.title')}</h3>
      <p>{t('coordinator.pair.explain')}</p>
      <div class="pairing-link__body">
        <QrCode text={pairing.link} label={t('coordinator.pair.qr')} />
        <div class="pairing-link__text">
          <label for={linkId}>{t('coordinator.pair.link')}</label>
          <input
            id={linkId}
            class="pairing-link__input"
            type="text"
            readOnly
            value={pairing.link}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p>{t('coordinator.pair.expires', { when: formatWhen(pairing.expiresAt, lang) })}</p>
          <div class="pairing-link__actions">
            <button type="button" onClick={copy}>
              {t('coordinator.pair.copy')}
            </button>
            <button type="button" onClick={onHide}>
              {t('coordinator.pair.hide')}
            </button>
          </div>
          <p role="status">{copied && t('coordinator.pair.copied')}</p>
        </div>
      </div>
    </section>
  );
}
