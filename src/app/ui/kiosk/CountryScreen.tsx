import { countryItem } from '../../data/soundKeys';
import { useI18n } from '../../i18n/I18n';
import { Flag } from '../flags/Flag';
import { Globe } from '../pictograms/Globe';
import { PreferNot } from '../pictograms/PreferNot';
import { useScreenScript } from '../sound/ReadAloud';
import type { Choice } from './ChoiceGrid';
import { ChoiceGrid } from './ChoiceGrid';
import { choiceScript } from './choiceScript';

interface CountryScreenProps {
  /** The centre's usual countries, in the order staff chose. */
  featured: readonly string[];
  /** A country code, or null for "I prefer not to say". */
  onChoose: (code: string | null) => void;
  onMore: () => void;
}

export function CountryScreen({ featured, onChoose, onMore }: CountryScreenProps) {
  const { t, countryName } = useI18n();
  const choices: Choice[] = [
    ...featured.map((code) => ({
      key: code,
      label: countryName(code),
      sound: countryItem(code),
      picture: <Flag code={code} />,
      onChoose: () => onChoose(code),
    })),
    {
      key: 'more',
      action: 'more-countries',
      label: t('choice.moreCountries'),
      sound: 'choice.moreCountries',
      picture: <Globe />,
      pictogram: true,
      onChoose: onMore,
    },
    {
      key: 'skip',
      action: 'skip',
      label: t('choice.skip'),
      sound: 'choice.skip',
      picture: <PreferNot />,
      pictogram: true,
      onChoose: () => onChoose(null),
    },
  ];
  useScreenScript(choiceScript('country', choices));
  return (
    <section class="choice-screen" aria-labelledby="question-country">
      <h1 id="question-country" class="choice-screen__heading">
        {t('question.country')}
      </h1>
      <ChoiceGrid choices={choices} />
    </section>
  );
}
