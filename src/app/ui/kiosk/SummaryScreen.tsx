// The answers as pictures before saving: each one is a button that goes back to its question,
// and the big check mark saves. The check mark locks on the first tap, so a double tap can
// never start two saves (recordCheckIn is idempotent per partyId as well). The speaker reads her
// answers back (summaryScript.ts), marking each answer in turn.
import { useEffect, useRef, useState } from 'preact/hooks';
import { municipalityByCode } from '../../../shared/municipalities';
import { useI18n } from '../../i18n/I18n';
import { Flag } from '../flags/Flag';
import { MunicipalityPicture } from '../municipality/MunicipalityPicture';
import { Check } from '../pictograms/Check';
import { Child } from '../pictograms/Child';
import { PreferNot } from '../pictograms/PreferNot';
import { Woman } from '../pictograms/Woman';
import { readingAttribute, useReadingMark, useScreenScript } from '../sound/ReadAloud';
import { summaryScript } from './summaryScript';
import type { Answers, EditableStep } from './useCheckInFlow';
import './SummaryScreen.css';

const MAX_PICTURES = 6;

interface SummaryScreenProps {
  answers: Answers;
  onEdit: (step: EditableStep) => void;
  /** May return the save; a rejected save unlocks the check mark for another try. */
  onConfirm: () => unknown;
  /** The parent's save is under way; when it ends without leaving, the check mark unlocks. */
  saving?: boolean;
  /** The last save did not work: a calm line asks to try again. */
  saveFailed?: boolean;
  /** Trying again cannot help (the tablet's storage is full): the line asks her to fetch staff. */
  needsStaff?: boolean;
}

export function SummaryScreen({
  answers,
  onEdit,
  onConfirm,
  saving = false,
  saveFailed = false,
  needsStaff = false,
}: SummaryScreenProps) {
  const { t, countryName } = useI18n();
  // A ref as well as state: two taps in the same frame both run before a re-render.
  const lock = useRef(false);
  const [locked, setLocked] = useState(false);
  const unlock = () => {
    lock.current = false;
    setLocked(false);
  };

  useEffect(() => {
    if (!saving && lock.current) unlock();
    // Only the end of a save the parent reported unlocks; the first render finds no lock.
  }, [saving]);

  const confirm = () => {
    if (lock.current || saving) return;
    lock.current = true;
    setLocked(true);
    const result = onConfirm();
    if (result instanceof Promise) result.catch(unlock);
  };

  const { country, municipality, adult, children } = answers;
  const countryLabel = country === null ? t('summary.notSaid') : countryName(country);
  const municipalityLabel =
    municipality === null
      ? t('summary.notSaid')
      : (municipalityByCode(municipality)?.name ?? municipality);
  const partyLabel = !adult
    ? t('summary.childrenAlone', { count: children })
    : children === 0
      ? t('choice.justMe')
      : t('summary.withChildren', { count: children });
  useScreenScript(summaryScript(answers, partyLabel));
  const reading = useReadingMark();
  const marked = (mark: string) => readingAttribute(reading, mark);

  return (
    <section class="summary-screen" aria-labelledby="summary-question">
      <h1 id="summary-question" class="summary-screen__question">
        {t('question.summary')}
      </h1>
      <ul class="summary-screen__answers">
        <li>
          <button
            type="button"
            class="summary-screen__answer"
            data-action="edit-country"
            data-reading={marked('edit-country')}
            aria-label={t('summary.change', { what: t('summary.country', { name: countryLabel }) })}
            onClick={() => onEdit('country')}
          >
            <span class="summary-screen__picture">
              {country === null ? <PreferNot /> : <Flag code={country} />}
            </span>
            <span class="summary-screen__label">{countryLabel}</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            class="summary-screen__answer"
            data-action="edit-municipality"
            data-reading={marked('edit-municipality')}
            aria-label={t('summary.change', {
              what: t('summary.municipality', { name: municipalityLabel }),
            })}
            onClick={() => onEdit('municipality')}
          >
            <span class="summary-screen__picture">
              {municipality === null ? <PreferNot /> : <MunicipalityPicture code={municipality} />}
            </span>
            <span class="summary-screen__label">{municipalityLabel}</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            class="summary-screen__answer"
            data-action="edit-party"
            data-reading={marked('edit-party')}
            aria-label={t('summary.change', { what: t('summary.party', { party: partyLabel }) })}
            onClick={() => onEdit('party')}
          >
            <span class="summary-screen__picture summary-screen__people">
              {adult && <Woman class="summary-screen__woman" />}
              {Array.from({ length: Math.min(children, MAX_PICTURES) }, (_, i) => (
                <Child key={i} />
              ))}
            </span>
            <span class="summary-screen__label">{partyLabel}</span>
          </button>
        </li>
      </ul>
      {saveFailed && (
        <p class="summary-screen__failed" role="status">
          {needsStaff ? t('kiosk.care.saveFailedStaff') : t('summary.saveFailed')}
        </p>
      )}
      <button
        type="button"
        class="summary-screen__confirm"
        data-action="confirm"
        data-reading={marked('confirm')}
        disabled={locked || saving}
        onClick={confirm}
      >
        <Check />
        <span>{t('summary.confirm')}</span>
      </button>
    </section>
  );
}
