// One check-in in today's list: when, where from, who came (pictures and a number), whether it has
// reached the server, and the ways to put a mistap right: correct its answers (the form opens in
// the row) or void it. Voiding asks once, in the row itself, and the row then stays in the list
// marked as voided: nothing is ever deleted.
import { useEffect, useId, useRef } from 'preact/hooks';
import { municipalityByCode } from '../../../shared/municipalities';
import type { Correction } from '../../data/corrections';
import type { Party } from '../../data/stats';
import { useI18n } from '../../i18n/I18n';
import { Flag } from '../flags/Flag';
import { Child } from '../pictograms/Child';
import { PreferNot } from '../pictograms/PreferNot';
import { Woman } from '../pictograms/Woman';
import { CorrectionForm } from './CorrectionForm';
import { visitClock } from './time/when';
import '../visuallyHidden.css';

interface CheckInRowProps {
  party: Party;
  /** The confirm step is showing for this row. */
  confirming: boolean;
  /** A void is being written; the buttons wait. */
  busy: boolean;
  /** The last void of this row failed. */
  failed: boolean;
  onAskVoid: () => void;
  onConfirmVoid: () => void;
  onCancelVoid: () => void;
  /** The correction form is open in this row; why its last save failed, if it did. */
  correcting: { problem: string | null } | null;
  onAskCorrect: () => void;
  onCorrect: (correction: Correction) => void;
  onCancelCorrect: () => void;
}

export function CheckInRow({
  party,
  confirming,
  busy,
  failed,
  onAskVoid,
  onConfirmVoid,
  onCancelVoid,
  correcting,
  onAskCorrect,
  onCorrect,
  onCancelCorrect,
}: CheckInRowProps) {
  const { t, countryName } = useI18n();
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const time = visitClock(party.visitedAt);
  const notSaid = t('staff.glance.notSaid');
  const volunteer = party.kind === 'volunteer';
  const country = party.country === null ? notSaid : countryName(party.country);
  const municipality =
    party.municipality === null
      ? notSaid
      : (municipalityByCode(party.municipality)?.name ?? party.municipality);
  const who = volunteer ? t('staff.corrections.volunteer') : `${country}, ${municipality}`;

  // The question is read out as soon as it shows, and a second Enter cannot void by accident.
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const classes = ['checkin-row', party.voided ? 'checkin-row--voided' : ''].filter(Boolean);
  return (
    <li class={classes.join(' ')} data-party={party.partyId}>
      <span class="checkin-row__time">{time}</span>
      <span class="checkin-row__where">
        <span class="checkin-row__flag" aria-hidden="true">
          {volunteer ? (
            <Woman />
          ) : party.country === null ? (
            <PreferNot />
          ) : (
            <Flag code={party.country} />
          )}
        </span>
        <span class="checkin-row__names">
          {volunteer ? (
            <span class="checkin-row__country">{t('staff.corrections.volunteer')}</span>
          ) : (
            <>
              <span class="checkin-row__country">{country}</span>{' '}
              <span class="checkin-row__municipality">{municipality}</span>
            </>
          )}
        </span>
      </span>
      <span class="checkin-row__party">
        <span class="checkin-row__people" aria-hidden="true">
          {Array.from({ length: volunteer ? 0 : party.adults }, (_, i) => (
            <Woman key={`a${i}`} />
          ))}
          {Array.from({ length: party.children }, (_, i) => (
            <Child key={`c${i}`} />
          ))}
        </span>
        <span class="checkin-row__size">
          {t('staff.corrections.size', { count: party.adults + party.children })}
        </span>
        <span class="visually-hidden">
          {t('staff.corrections.people', { adults: party.adults, children: party.children })}
        </span>
      </span>
      <span class={`checkin-row__state checkin-row__state--${party.syncState}`}>
        {t(`staff.corrections.state.${party.syncState}`)}
      </span>
      <span class="checkin-row__action">
        {party.voided ? (
          <span class="checkin-row__voided">{t('staff.corrections.voided')}</span>
        ) : confirming ? (
          <span class="checkin-row__confirm" role="group" aria-labelledby={questionId}>
            <p id={questionId} ref={question} tabIndex={-1} class="checkin-row__question">
              {t('staff.corrections.confirm', { time })}
            </p>
            <button type="button" disabled={busy} onClick={onConfirmVoid}>
              {t('staff.corrections.confirmYes')}
            </button>
            <button type="button" disabled={busy} onClick={onCancelVoid}>
              {t('staff.corrections.confirmNo')}
            </button>
          </span>
        ) : (
          <>
            {!volunteer && (
              <button
                type="button"
                aria-label={t('staff.corrections.correctLabel', { time, who })}
                aria-expanded={correcting !== null}
                disabled={busy}
                onClick={onAskCorrect}
              >
                {t('staff.corrections.correct')}
              </button>
            )}
            <button
              type="button"
              aria-label={t('staff.corrections.voidLabel', { time, who })}
              disabled={busy}
              onClick={onAskVoid}
            >
              {t('staff.corrections.void')}
            </button>
          </>
        )}
        {party.corrected && !party.voided && (
          <span class="checkin-row__corrected">{t('staff.corrections.corrected')}</span>
        )}
        {failed && <span class="checkin-row__failed">{t('staff.corrections.voidFailed')}</span>}
      </span>
      {correcting !== null && !party.voided && (
        <div class="checkin-row__correction">
          <CorrectionForm
            party={party}
            time={time}
            busy={busy}
            problem={correcting.problem}
            onSave={onCorrect}
            onCancel={onCancelCorrect}
          />
        </div>
      )}
    </li>
  );
}
