// The alarm for a database the browser emptied (data/tabletMark.ts): how many visits were waiting
// to be sent and are lost, whether the tablet kept its name and pairing, and what to do now. Calm,
// as every storage note: the visits cannot be brought back, and what matters is that the centre
// counts them and that it does not happen again. "Noted" hides it; the storage problems keep it.
import { useEffect, useId, useState } from 'preact/hooks';
import { localDate } from '../../../shared/time';
import type { Wipe } from '../../data/tabletMark';
import { clearWipes, onWipes, unseenWipes } from '../../data/tabletMark';
import { useI18n } from '../../i18n/I18n';
import { formatMoment } from './time/when';

function WipeNote({ wipe, today }: { wipe: Wipe; today: string }) {
  const { t, lang } = useI18n();
  const when = formatMoment(wipe.at, lang, today);
  return (
    <li>
      <p>
        {wipe.lost > 0
          ? t('staff.wiped.lost', { when, count: wipe.lost })
          : t('staff.wiped.noneLost', { when })}
      </p>
      <p>
        {wipe.nameKept && wipe.deviceId !== null
          ? t('staff.wiped.nameKept', { name: wipe.deviceId })
          : t('staff.wiped.nameLost')}{' '}
        {wipe.pairingKept ? t('staff.wiped.pairingKept') : t('staff.wiped.pairingLost')}
      </p>
    </li>
  );
}

export function StorageWiped() {
  const { t } = useI18n();
  const titleId = useId();
  const [wipes, setWipes] = useState(unseenWipes);

  useEffect(() => onWipes(() => setWipes(unseenWipes())), []);

  if (wipes.length === 0) return null;
  const today = localDate(new Date());
  return (
    <div class="storage-status__notice" role="region" aria-labelledby={titleId}>
      <h4 id={titleId} class="storage-status__title">
        {t('staff.wiped.title')}
      </h4>
      <ul class="storage-status__problems">
        {[...wipes].reverse().map((wipe) => (
          <WipeNote key={wipe.databaseId} wipe={wipe} today={today} />
        ))}
      </ul>
      <p>{t('staff.wiped.todo')}</p>
      <button type="button" onClick={clearWipes}>
        {t('staff.wiped.seen')}
      </button>
    </div>
  );
}
