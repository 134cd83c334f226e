// Today's check-ins on this tablet, newest first, for fixing a mistap. A correction changes her
// answers as voids and new visits of the same party; voiding asks once, then marks every visit of
// the party voided (never deleted). Either asks the outbox to send soon; the list follows storage
// live, so the row shows the change as soon as it is written.
import { useId, useState } from 'preact/hooks';
import { undoCheckIn } from '../../data/checkins';
import type { Correction } from '../../data/corrections';
import { correctCheckIn } from '../../data/corrections';
import { useLiveQuery } from '../../data/live';
import { partiesOn } from '../../data/stats';
import { useI18n } from '../../i18n/I18n';
import { useSync } from '../../services/ServicesProvider';
import { CheckInRow } from './CheckInRow';
import { useCentreToday } from './clock/useCentreClock';
import { formatDay } from './time/when';
import './CheckInsView.css';

export function CheckInsView() {
  const { t, lang } = useI18n();
  const titleId = useId();
  const sync = useSync();
  const day = useCentreToday();
  const parties = useLiveQuery(() => partiesOn(day), [day], null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<{ partyId: string; problem: string | null } | null>(
    null,
  );
  const [saved, setSaved] = useState(false);

  const correct = async (correction: Correction) => {
    setBusy(true);
    try {
      await correctCheckIn(correction);
      sync.request();
      setCorrecting(null);
      setSaved(true);
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      setCorrecting({ partyId: correction.partyId, problem });
    } finally {
      setBusy(false);
    }
  };

  const voidParty = async (partyId: string) => {
    setBusy(true);
    setFailed(null);
    try {
      await undoCheckIn(partyId);
      sync.request();
      setConfirming(null);
    } catch {
      setFailed(partyId);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="checkins-view" aria-labelledby={titleId}>
      <header class="checkins-view__head">
        <h2 id={titleId} class="checkins-view__title">
          {t('staff.corrections.title')}
        </h2>
        <p class="checkins-view__day">{formatDay(day, lang)}</p>
        <p role="status" class="checkins-view__saved">
          {saved && t('staff.corrections.saved')}
        </p>
      </header>
      {parties === null ? (
        <p>{t('staff.loading')}</p>
      ) : parties.length === 0 ? (
        <p>{t('staff.corrections.empty')}</p>
      ) : (
        <ol class="checkins-view__list" aria-labelledby={titleId}>
          {parties.map((party) => (
            <CheckInRow
              key={party.partyId}
              party={party}
              confirming={confirming === party.partyId}
              busy={busy}
              failed={failed === party.partyId}
              onAskVoid={() => {
                setFailed(null);
                setCorrecting(null);
                setConfirming(party.partyId);
              }}
              correcting={correcting?.partyId === party.partyId ? correcting : null}
              onAskCorrect={() => {
                setConfirming(null);
                setSaved(false);
                setCorrecting(
                  correcting?.partyId === party.partyId
                    ? null
                    : { partyId: party.partyId, problem: null },
                );
              }}
              onCorrect={(correction) => void correct(correction)}
              onCancelCorrect={() => setCorrecting(null)}
              onConfirmVoid={() => void voidParty(party.partyId)}
              onCancelVoid={() => setConfirming(null)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
