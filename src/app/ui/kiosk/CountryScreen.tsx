import { useI18n } from '../../i18n/I18n';
import { Flag } from '../flags/Flag';
import { Globe, PreferNot } from '../pictograms';
import type { Choice } from './ChoiceGrid';
import { ChoiceGrid } from './ChoiceGrid';
import './CountryScreen.css';

interface CountryScreenProps {
  /** The centre's usual countries, in the order staff chose. */
  featured: readonly string[];
  /** A country code, or null for "I prefer not to say". */
  onChoose: (code: string | null) => void;
  onMore: () => void;
  /** A volunteer's day in one tap; no volunteer button without it. */
  onVolunteer?: () => void;
  /** The volunteer's day is being saved. */
  volunteerSaving?: boolean;
  /** The last volunteer's day could not be saved: nothing was stored. */
  volunteerFailed?: boolean;
}

export function CountryScreen({
  featured,
  onChoose,
  onMore,
  onVolunteer,
  volunteerSaving = false,
  volunteerFailed = false,
}: CountryScreenProps) {
  const { t, countryName } = useI18n();
  const choices: Choice[] = [
    ...featured.map((code) => ({
      key: code,
      label: countryName(code),
      picture: <Flag code={code} />,
      onChoose: () => onChoose(code),
    })),
    {
      key: 'more',
      action: 'more-countries',
      label: t('choice.moreCountries'),
      picture: <Globe />,
      pictogram: true,
      onChoose: onMore,
    },
    {
      key: 'skip',
      action: 'skip',
      label: t('choice.skip'),
      picture: <PreferNot />,
      pictogram: true,
      onChoose: () => onChoose(null),
    },
  ];
  return (
    <section class="choice-screen" aria-labelledby="question-country">
      {onVolunteer ? (
        // The question stays in the middle; the volunteers' button sits small at its end, apart
        // from the women's tiles below.
        <div class="choice-screen__top">
          <span />
          <h1 id="question-country" class="choice-screen__heading">
            {t('question.country')}
          </h1>
          <button
            type="button"
            class="country-screen__volunteer"
            data-action="volunteer"
            disabled={volunteerSaving}
            onClick={onVolunteer}
          >
            {t('volunteer.button')}
          </button>
        </div>
      ) : (
        <h1 id="question-country" class="choice-screen__heading">
          {t('question.country')}
        </h1>
      )}
      {volunteerFailed && (
        <p class="country-screen__failed" role="status">
          {t('summary.saveFailed')}
        </p>
      )}
      <ChoiceGrid choices={choices} />
    </section>
  );
}
