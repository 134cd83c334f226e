// Changing one of today's check-ins: her country, her municipality and who came, as they should
// have been. Saved through correctCheckIn (voids and new visits of the same party), so nothing is
// rewritten and the server and the reports follow; the list then shows the answers as they stand.
import { useId, useMemo, useState } from 'preact/hooks';
import { COUNTRY_CODES } from '../../../shared/countries';
import { MUNICIPALITIES } from '../../../shared/municipalities';
import type { Correction } from '../../data/corrections';
import type { Party } from '../../data/stats';
import { useI18n } from '../../i18n/I18n';
import { Flag } from '../flags/Flag';
import { PreferNot } from '../pictograms/PreferNot';

const MAX_CHILDREN = 20;

interface CorrectionFormProps {
  party: Party;
  time: string;
  busy: boolean;
  /** Why the last save failed, or null. */
  problem: string | null;
  onSave: (correction: Correction) => void;
  onCancel: () => void;
}

export function CorrectionForm({
  party,
  time,
  busy,
  problem,
  onSave,
  onCancel,
}: CorrectionFormProps) {
  const { t, lang, countryName } = useI18n();
  const id = useId();
  const [country, setCountry] = useState<string | null>(party.country);
  const [municipality, setMunicipality] = useState<string | null>(party.municipality);
  const [adult, setAdult] = useState(party.adults > 0);
  const [children, setChildren] = useState(party.children);
  const countries = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }, [lang, countryName]);
  const municipalities = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return [...MUNICIPALITIES].sort((a, b) => collator.compare(a.name, b.name));
  }, [lang]);
  const notSaid = t('staff.glance.notSaid');

  return (
    <form
      class="correction-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ partyId: party.partyId, country, municipality, adult, children });
      }}
    >
      <h3 id={`${id}-title`} class="correction-form__title">
        {t('staff.corrections.form', { time })}
      </h3>
      <p class="correction-form__explain">{t('staff.corrections.formExplain')}</p>
      <label class="correction-form__field">
        <span>{t('staff.corrections.country')}</span>
        <span class="correction-form__country">
          <span class="correction-form__flag" aria-hidden="true">
            {country === null ? <PreferNot /> : <Flag code={country} />}
          </span>
          <select
            value={country ?? ''}
            onChange={(event) => setCountry(event.currentTarget.value || null)}
          >
            <option value="">{notSaid}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </span>
      </label>
      <label class="correction-form__field">
        <span>{t('staff.corrections.municipality')}</span>
        <select
          value={municipality ?? ''}
          onChange={(event) => setMunicipality(event.currentTarget.value || null)}
        >
          <option value="">{notSaid}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label class="correction-form__check">
        <input
          type="checkbox"
          checked={adult}
          onChange={(event) => setAdult(event.currentTarget.checked)}
        />
        <span>{t('staff.corrections.adult')}</span>
      </label>
      <label class="correction-form__field correction-form__children">
        <span>{t('staff.corrections.children')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_CHILDREN}
          value={children}
          onInput={(event) => {
            const value = event.currentTarget.valueAsNumber;
            if (Number.isInteger(value)) setChildren(Math.max(0, Math.min(MAX_CHILDREN, value)));
          }}
        />
      </label>
      <div class="correction-form__actions">
        <button type="submit" class="correction-form__save" disabled={busy}>
          {t('staff.corrections.save')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('staff.corrections.cancel')}
        </button>
      </div>
      <p role="status" class="correction-form__problem">
        {problem && t('staff.corrections.correctFailed', { reason: problem })}
      </p>
    </form>
  );
}
