// Which countries the coordinator's countries table lists on their own rows (every other one is
// summed as "Andre lande"), or every country separately. Codes are typed as the API takes them.
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { parseCountryList } from './countryList';

interface CountryListingProps {
  /** The codes listed, or null for every country on its own row. */
  value: readonly string[] | null;
  onChange: (countries: readonly string[] | null) => void;
  /** The list offered when switching back from "every country". */
  fallback: readonly string[];
}

export function CountryListing({ value, onChange, fallback }: CountryListingProps) {
  const { t, countryName } = useI18n();
  const id = useId();
  const [text, setText] = useState((value ?? fallback).join(', '));
  const [unknown, setUnknown] = useState<string[]>([]);

  const edit = (next: string) => {
    setText(next);
    const parsed = parseCountryList(next);
    setUnknown(parsed.unknown);
    if (parsed.unknown.length === 0 && parsed.codes.length > 0) onChange(parsed.codes);
  };

  return (
    <fieldset class="report-options">
      <legend>{t('reports.listing')}</legend>
      <label class="report-choice">
        <input
          type="radio"
          name={`${id}-listing`}
          checked={value !== null}
          onChange={() => onChange(parseCountryList(text).codes)}
        />
        <span>{t('coordinator.listing.these')}</span>
      </label>
      {value !== null && (
        <label class="coordinator-field coordinator-field--wide">
          <span>{t('coordinator.listing.codes')}</span>
          <input
            type="text"
            spellcheck={false}
            autocapitalize="characters"
            value={text}
            aria-invalid={unknown.length > 0}
            aria-describedby={`${id}-names`}
            onInput={(event) => edit(event.currentTarget.value)}
          />
          <span id={`${id}-names`} class="country-listing__names">
            {unknown.length > 0 ? (
              <span class="report-problem">
                {t('coordinator.listing.unknown', { codes: unknown.join(', ') })}
              </span>
            ) : (
              value.map((code) => countryName(code)).join(', ')
            )}
          </span>
        </label>
      )}
      <label class="report-choice">
        <input
          type="radio"
          name={`${id}-listing`}
          checked={value === null}
          onChange={() => onChange(null)}
        />
        <span>{t('reports.listing.all')}</span>
      </label>
    </fieldset>
  );
}
