// All 98 municipalities, sorted the Danish way (Æ, Ø, Å last), in sideways pages. Loaded only
// when a woman asks for another municipality.
import { MUNICIPALITIES } from '../../../shared/municipalities';
import { municipalityItem } from '../../data/soundItems';
import { useI18n } from '../../i18n/I18n';
import { MunicipalityPicture } from '../municipality/MunicipalityPicture';
import { Back } from '../pictograms';
import type { Choice } from './ChoiceGrid';
import { Pager } from './Pager';

// Their names are Danish in every language, so they sort as Danish too.
const collator = new Intl.Collator('da');
const SORTED = [...MUNICIPALITIES].sort((a, b) => collator.compare(a.name, b.name));

interface AllMunicipalitiesProps {
  onChoose: (code: string) => void;
  onBack: () => void;
}

export function AllMunicipalities({ onChoose, onBack }: AllMunicipalitiesProps) {
  const { t } = useI18n();
  const choices: Choice[] = SORTED.map(({ code, name }) => ({
    key: code,
    label: name,
    sound: municipalityItem(code),
    picture: <MunicipalityPicture code={code} />,
    onChoose: () => onChoose(code),
  }));
  return (
    <section class="choice-screen" aria-labelledby="question-all-municipalities">
      <div class="choice-screen__top">
        <button type="button" class="choice-screen__back" data-action="back" onClick={onBack}>
          <Back />
          {t('nav.back')}
        </button>
        <h1 id="question-all-municipalities" class="choice-screen__heading">
          {t('question.municipality')}
        </h1>
      </div>
      <Pager question="municipality" choices={choices} />
    </section>
  );
}
