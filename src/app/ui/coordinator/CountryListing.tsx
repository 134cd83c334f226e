// Which countries the coordinator's countries table lists on their own rows (every other one is
// summed as "Andre lande"), or every country separately. Chosen by flag and name in the page's
// language, and kept in the order the table shows them.
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { CountryChooser } from '../countries/CountryChooser';
import { added, moved, removed } from '../lists/listChanges';

interface CountryListingProps {
  /** The codes listed, or null for every country on its own row. */
  value: readonly string[] | null;
  onChange: (countries: readonly string[] | null) => void;
  /** The list offered when switching back from "every country". */
  fallback: readonly string[];
}

export function CountryListing({ value, onChange, fallback }: CountryListingProps) {
  const { t } = useI18n();
  const id = useId();
  // The table needs one country at least; removing the last one is refused.
  const change = (next: readonly string[]): Promise<boolean> => {
    if (next.length === 0) return Promise.resolve(false);
    onChange(next);
    return Promise.resolve(true);
  };

  return (
    <fieldset class="report-options">
      <legend>{t('reports.listing')}</legend>
      <label class="report-choice">
        <input
          type="radio"
          name={`${id}-listing`}
          checked={value !== null}
          onChange={() => onChange(fallback)}
        />
        <span>{t('coordinator.listing.these')}</span>
      </label>
      {value !== null && (
        <CountryChooser
          id={`${id}-search`}
          label={t('coordinator.listing.chosen')}
          searchLabel={t('coordinator.listing.search')}
          chosen={value}
          onMove={(code, by) => change(moved(value, code, by))}
          onRemove={(code) => change(removed(value, code))}
          onAdd={(code) => void change(added(value, code))}
        />
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
