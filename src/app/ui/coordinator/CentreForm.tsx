// A centre's name, time zone and the countries and municipalities its tablets' kiosks show first,
// for adding a centre or changing one. Empty lists mean the app's own defaults on the kiosk.
import { useId, useState } from 'preact/hooks';
import type { Centre, NewCentre } from '../../../shared/api/centres';
import { MUNICIPALITIES, municipalityByCode } from '../../../shared/municipalities';
import { CENTRE_TIME_ZONE } from '../../../shared/time';
import { AddFromAll } from '../lists/AddFromAll';
import { FeaturedList } from '../lists/FeaturedList';
import { added, moved, removed } from '../lists/listChanges';
import type { Option } from '../lists/search';
import { CountryChooser } from '../countries/CountryChooser';
import { useCentreTexts } from './centreTexts';

const collator = new Intl.Collator('da');
const MUNICIPALITY_OPTIONS: Option[] = MUNICIPALITIES.map(({ code, name }) => ({
  code,
  name,
})).sort((a, b) => collator.compare(a.name, b.name));

/** Every zone this browser knows, the centre's usual one first. */
function zones(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return [...new Set([current, CENTRE_TIME_ZONE, ...known])];
}

interface CentreFormProps {
  /** The centre as it is, when changing one; a new centre starts empty. */
  initial?: Centre;
  submitLabel: string;
  /** Resolves true when the server took it (the form then empties, for a new centre). */
  onSubmit: (centre: NewCentre) => Promise<boolean>;
  onCancel?: () => void;
  busy: boolean;
}

export function CentreForm({ initial, submitLabel, onSubmit, onCancel, busy }: CentreFormProps) {
  const ct = useCentreTexts();
  const id = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [zone, setZone] = useState(initial?.timeZone ?? CENTRE_TIME_ZONE);
  const [countries, setCountries] = useState<readonly string[]>(initial?.featuredCountries ?? []);
  const [municipalities, setMunicipalities] = useState<readonly string[]>(
    initial?.featuredMunicipalities ?? [],
  );
  const changeList = (set: (list: readonly string[]) => void) => (next: readonly string[]) => {
    set(next);
    return Promise.resolve(true);
  };
  const setC = changeList(setCountries);
  const setM = changeList(setMunicipalities);

  const submit = (event: Event) => {
    event.preventDefault();
    void onSubmit({
      name: name.trim(),
      timeZone: zone,
      featuredCountries: [...countries],
      featuredMunicipalities: [...municipalities],
    }).then((ok) => {
      if (ok && initial === undefined) {
        setName('');
        setCountries([]);
        setMunicipalities([]);
      }
    });
  };

  return (
    <form class="centre-form" onSubmit={submit}>
      <label for={`${id}-name`}>{ct('name')}</label>
      <input
        id={`${id}-name`}
        type="text"
        required
        maxLength={64}
        value={name}
        onInput={(event) => setName(event.currentTarget.value)}
      />
      <label for={`${id}-zone`}>{ct('zone')}</label>
      <select
        id={`${id}-zone`}
        value={zone}
        onChange={(event) => setZone(event.currentTarget.value)}
      >
        {zones(zone).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <CountryChooser
        id={`${id}-countries`}
        label={ct('countriesChosen')}
        searchLabel={ct('countriesSearch')}
        chosen={countries}
        onMove={(code, by) => setC(moved(countries, code, by))}
        onRemove={(code) => setC(removed(countries, code))}
        onAdd={(code) => void setC(added(countries, code))}
      />
      <FeaturedList
        label={ct('municipalitiesChosen')}
        items={municipalities.map((code) => ({
          code,
          name: municipalityByCode(code)?.name ?? code,
          picture: null,
        }))}
        onMove={(code, by) => setM(moved(municipalities, code, by))}
        onRemove={(code) => setM(removed(municipalities, code))}
      />
      <AddFromAll
        id={`${id}-municipalities`}
        label={ct('municipalityAdd')}
        options={MUNICIPALITY_OPTIONS}
        chosen={municipalities}
        onAdd={(code) => void setM(added(municipalities, code))}
      />
      <div class="centre-form__actions">
        <button type="submit" class="coordinator-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {ct('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
