// Every other country, in two steps: first her part of the world as a map (RegionStep), then that
// part's flags on a few sideways pages, the countries women here chose before first. Any country
// is at most six taps from the first screen (countryOrder.ts). Loaded only when a woman asks for
// another country, so the first screen stays quick.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RegionId } from '../../../shared/regions';
import { countriesChosenBefore } from '../../data/countryCounts';
import { countryItem } from '../../data/soundItems';
import { useI18n } from '../../i18n/I18n';
import { Flag } from '../flags/Flag';
import { Back } from '../pictograms';
import type { Choice } from './ChoiceGrid';
import { Pager } from './Pager';
import { RegionStep } from './RegionStep';
import { regionCountries } from './countryOrder';

interface AllCountriesProps {
  onChoose: (code: string) => void;
  onBack: () => void;
}

/** The countries chosen here before, read once while the map step shows; none until then. */
function useChosenBefore(): readonly string[] {
  const [codes, setCodes] = useState<readonly string[]>([]);
  useEffect(() => {
    let open = true;
    countriesChosenBefore().then(
      (found) => {
        if (open) setCodes(found);
      },
      // Only the order is lost: every country is still there, by name.
      (error: unknown) => console.error('The countries chosen before could not be read.', error),
    );
    return () => {
      open = false;
    };
  }, []);
  return codes;
}

interface OpenRegion {
  region: RegionId;
  /** Taken when she chose the region, so flags never move under her finger as counts arrive. */
  first: readonly string[];
}

export function AllCountries({ onChoose, onBack }: AllCountriesProps) {
  const { t, locale, countryName } = useI18n();
  const chosenBefore = useChosenBefore();
  const [open, setOpen] = useState<OpenRegion | null>(null);
  const countries = useMemo(
    () => (open ? regionCountries(open.region, countryName, open.first, locale) : []),
    [open, countryName, locale],
  );

  if (!open) {
    return (
      <RegionStep onChoose={(region) => setOpen({ region, first: chosenBefore })} onBack={onBack} />
    );
  }
  const choices: Choice[] = countries.map(({ code, name }) => ({
    key: code,
    label: name,
    sound: countryItem(code),
    picture: <Flag code={code} />,
    onChoose: () => onChoose(code),
  }));
  return (
    <section class="choice-screen" aria-labelledby="question-all-countries">
      <div class="choice-screen__top">
        <button
          type="button"
          class="choice-screen__back"
          data-action="back"
          onClick={() => setOpen(null)}
        >
          <Back />
          {t('nav.back')}
        </button>
        <h1 id="question-all-countries" class="choice-screen__heading">
          {t('question.country')}
        </h1>
      </div>
      {/* A region of its own starts on its first page. */}
      <Pager key={open.region} question="country" choices={choices} />
    </section>
  );
}
