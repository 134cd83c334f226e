// The first step to another country: the parts of the world as maps, each with its part lit up,
// so a woman finds where she comes from without reading a name; the name is under the map all
// the same, to be heard or read. Nine large tiles on one screen, then that part's flags.
import type { RegionId } from '../../../shared/regions';
import { REGION_IDS } from '../../../shared/regions';
import { regionItem } from '../../data/soundItems';
import { useI18n } from '../../i18n/I18n';
import type { KioskKey } from '../../i18n/messages/da';
import { Back } from '../pictograms';
import { useScreenScript } from '../sound/ReadAloud';
import type { Choice } from './ChoiceGrid';
import { ChoiceGrid } from './ChoiceGrid';
import { choiceScript } from './choiceScript';
import { REGION_MAPS } from './regionMaps';
import './RegionStep.css';

const REGION_NAMES = {
  westAfrica: 'region.westAfrica',
  eastAfrica: 'region.eastAfrica',
  middleEast: 'region.middleEast',
  asia: 'region.asia',
  northWestEurope: 'region.northWestEurope',
  southEastEurope: 'region.southEastEurope',
  northAmerica: 'region.northAmerica',
  southAmerica: 'region.southAmerica',
  oceania: 'region.oceania',
} as const satisfies Record<RegionId, KioskKey>;

interface RegionStepProps {
  onChoose: (region: RegionId) => void;
  onBack: () => void;
}

export function RegionStep({ onChoose, onBack }: RegionStepProps) {
  const { t } = useI18n();
  const choices: Choice[] = REGION_IDS.map((region) => ({
    key: region,
    action: `region-${region}`,
    label: t(REGION_NAMES[region]),
    sound: regionItem(region),
    picture: (
      <img class="region-map" src={REGION_MAPS[region]} alt="" decoding="async" draggable={false} />
    ),
    onChoose: () => onChoose(region),
  }));
  useScreenScript(choiceScript('country', choices));
  return (
    <section class="choice-screen region-step" aria-labelledby="question-regions">
      <div class="choice-screen__top">
        <button type="button" class="choice-screen__back" data-action="back" onClick={onBack}>
          <Back />
          {t('nav.back')}
        </button>
        <h1 id="question-regions" class="choice-screen__heading">
          {t('question.country')}
        </h1>
      </div>
      <ChoiceGrid choices={choices} />
    </section>
  );
}
