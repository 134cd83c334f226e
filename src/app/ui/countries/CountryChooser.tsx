// Choosing a list of countries by flag and name, in the page's language: the chosen ones in their
// order (up, down, remove), then a search over every country by its name in the page's language,
// Danish or English, or its code. Used for the kiosk's featured countries (staff settings) and the
// countries the grant report lists on their own rows (coordinator page). Buttons and a search
// field only, so it works by keyboard and every button is named for a screen reader.
import { useMemo } from 'preact/hooks';
import { COUNTRY_CODES, countryName } from '../../../shared/countries';
import { useI18n } from '../../i18n/I18n';
import { Flag } from '../flags/Flag';
import { AddFromAll } from '../lists/AddFromAll';
import { FeaturedList } from '../lists/FeaturedList';
import type { Option } from '../lists/search';
import '../staff/settings/settings.css';

interface CountryChooserProps {
  /** The search field's id. */
  id: string;
  /** Names the list of chosen countries. */
  label: string;
  /** Labels the search field. */
  searchLabel: string;
  chosen: readonly string[];
  /** Resolve false when the change was refused (the list then stays as it was). */
  onMove: (code: string, by: -1 | 1) => Promise<boolean>;
  onRemove: (code: string) => Promise<boolean>;
  onAdd: (code: string) => void;
}

export function CountryChooser(props: CountryChooserProps) {
  const { id, label, searchLabel, chosen, onMove, onRemove, onAdd } = props;
  const { lang, countryName: nameOf } = useI18n();
  // Every country, by its name in the page's language; found by its Danish or English name too.
  const options = useMemo<Option[]>(() => {
    const collator = new Intl.Collator(lang);
    return COUNTRY_CODES.map((code) => ({
      code,
      name: countryName(code, lang),
      aliases: [countryName(code, 'da'), countryName(code, 'en')],
    })).sort((a, b) => collator.compare(a.name, b.name));
  }, [lang]);

  return (
    <div class="country-chooser">
      <FeaturedList
        label={label}
        items={chosen.map((code) => ({ code, name: nameOf(code), picture: <Flag code={code} /> }))}
        onMove={onMove}
        onRemove={onRemove}
      />
      <AddFromAll
        id={id}
        label={searchLabel}
        options={options}
        chosen={chosen}
        picture={(code) => <Flag code={code} />}
        onAdd={onAdd}
      />
    </div>
  );
}
