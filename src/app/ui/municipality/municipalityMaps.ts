// Where each municipality's default picture is: public/municipalities/<code>.svg, drawn by
// src/scripts/make-municipality-maps.mjs (its own shape on a map of its surroundings). A file per
// municipality at a path that follows from the code, loaded only when its tile shows, so no shape
// sits in the app's JS; the service worker precaches every .svg of the build, so all work offline.
import { isMunicipalityCode } from '../../../shared/municipalities';

/** The pictures' frame in their own units: 5:4, the shape of a tile. */
export const MAP_WIDTH = 250;
export const MAP_HEIGHT = 200;

export function municipalityMapUrl(code: string): string | undefined {
  return isMunicipalityCode(code)
    ? `${import.meta.env.BASE_URL}municipalities/${code}.svg`
    : undefined;
}
