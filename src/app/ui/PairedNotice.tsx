// A calm line on the kiosk after a pairing link has paired the tablet, so that whoever opened the
// link sees that it worked (a failed link is told in the staff view, with its reason). It names
// only the server, nothing a visitor chose, and stays until someone taps OK or the kiosk itself:
// a touch anywhere else goes through to the kiosk and puts the line away.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/I18n';
import { PAIRED_TEXTS } from '../i18n/messages/staff/paired';
import { useOptionalServices } from '../services/ServicesProvider';
import type { SyncStatus } from '../sync/status';
import './PairedNotice.css';

export function PairedNotice() {
  const { staffLang } = useI18n();
  const store = useOptionalServices()?.syncStatus ?? null;
  const [paired, setPaired] = useState<SyncStatus['pairedByLink']>(
    () => store?.getStatus().pairedByLink ?? null,
  );
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (store === null) return;
    setPaired(store.getStatus().pairedByLink);
    return store.subscribe((status) => setPaired(status.pairedByLink));
  }, [store]);
  useEffect(() => {
    if (store === null || paired === null) return;
    const away = (event: PointerEvent) => {
      if (!(event.target instanceof Node && box.current?.contains(event.target)))
        store.update({ pairedByLink: null });
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [store, paired]);

  if (store === null || paired === null) return null;
  const texts = PAIRED_TEXTS[staffLang];
  const server = paired.endpoint ?? location.origin;
  return (
    <div ref={box} class="paired-notice" role="status" lang={staffLang}>
      <p class="paired-notice__text">{texts.paired.replace('{server}', server)}</p>
      <button
        type="button"
        class="paired-notice__ok"
        onClick={() => store.update({ pairedByLink: null })}
      >
        {texts.ok}
      </button>
    </div>
  );
}
