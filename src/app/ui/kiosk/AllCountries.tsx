// Every country as a flag with its name, sorted by name in the chosen language. Loaded only
// when a woman asks for another country, so the first screen stays quick.
import { useMemo } from 'preact/hooks';
import { COUNTRY_CODES } from '../../../shared/countries';
import { useI18n } from '../../i18n/I18n';
import { Flag } from '../flags/Flag';
import { Back } from '../pictograms';
import type { Choice } from './ChoiceGrid';
import { Pager } from './Pager';

interface AllCountriesProps {
  onChoose: (code: string) => void;
  onBack: () => void;
}

export function AllCountries({ onChoose, onBack }: AllCountriesProps) {
  const { t, lang, countryName } = useI18n();
  const countries = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }, [lang, countryName]);
  const choices: Choice[] = countries.map(({ code, name }) => ({
    key: code,
    label: name,
    picture: <Flag code={code} />,
    onChoose: () => onChoose(code),
  }));
  return (
    <section class="choice-screen" aria-labelledby="question-all-countries">
      <div class="choice-screen__top">
        <button type="button" class="choice-screen__back" data-action="back" onClick={onBack}>
          <Back />
          {t('nav.back')}
        </button>
        <h1 id="question-all-countries" class="choice-screen__heading">
          {t('question.country')}
        </h1>
      </div>
      <Pager choices={choices} />
    </section>
  );
}
