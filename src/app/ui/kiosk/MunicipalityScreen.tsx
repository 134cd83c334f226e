import { municipalityByCode } from '../../../shared/municipalities';
import { municipalityItem } from '../../data/soundItems';
import { useI18n } from '../../i18n/I18n';
import { MunicipalityPicture } from '../municipality/MunicipalityPicture';
import { MapMore, PreferNot } from '../pictograms';
import { useScreenScript } from '../sound/ReadAloud';
import type { Choice } from './ChoiceGrid';
import { ChoiceGrid } from './ChoiceGrid';
import { choiceScript } from './choiceScript';

interface MunicipalityScreenProps {
  /** The centre's usual municipalities, in the order staff chose. */
  featured: readonly string[];
  /** A municipality code, or null for "I prefer not to say". */
  onChoose: (code: string | null) => void;
  onMore: () => void;
}

export function MunicipalityScreen({ featured, onChoose, onMore }: MunicipalityScreenProps) {
  const { t } = useI18n();
  const choices: Choice[] = [
    ...featured.flatMap((code) => {
      const municipality = municipalityByCode(code);
      if (!municipality) return [];
      return [
        {
          key: code,
          label: municipality.name,
          sound: municipalityItem(code),
          picture: <MunicipalityPicture code={code} />,
          onChoose: () => onChoose(code),
        },
      ];
    }),
    {
      key: 'more',
      action: 'more-municipalities',
      label: t('choice.moreMunicipalities'),
      sound: 'choice.moreMunicipalities',
      picture: <MapMore />,
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
  useScreenScript(choiceScript('municipality', choices));
  return (
    <section class="choice-screen" aria-labelledby="question-municipality">
      <h1 id="question-municipality" class="choice-screen__heading">
        {t('question.municipality')}
      </h1>
      <ChoiceGrid choices={choices} />
    </section>
  );
}
