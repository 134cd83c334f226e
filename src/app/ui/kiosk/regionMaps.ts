// Each region's map: a file of its own (the build never inlines SVG), precached by the service
// worker with the rest of the build, loaded by an <img> only when the region step shows. Made by
// src/scripts/make-region-maps.mjs.
import type { RegionId } from '../../../shared/regions';
import asia from './regions/asia.svg';
import eastAfrica from './regions/eastAfrica.svg';
import middleEast from './regions/middleEast.svg';
import northAmerica from './regions/northAmerica.svg';
import northWestEurope from './regions/northWestEurope.svg';
import oceania from './regions/oceania.svg';
import southAmerica from './regions/southAmerica.svg';
import southEastEurope from './regions/southEastEurope.svg';
import westAfrica from './regions/westAfrica.svg';

export const REGION_MAPS: Readonly<Record<RegionId, string>> = {
  westAfrica,
  eastAfrica,
  middleEast,
  asia,
  northWestEurope,
  southEastEurope,
  northAmerica,
  southAmerica,
  oceania,
};
