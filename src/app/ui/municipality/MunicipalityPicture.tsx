import { municipalityByCode } from '../../../shared/municipalities';
import { useLiveQuery } from '../../data/live';
import { cachedPhotoUrl, getPhotoUrl } from '../../data/photos';
import { DENMARK_PATH, DENMARK_VIEW_BOX, project } from './denmark-outline';
import './municipality.css';

interface MunicipalityPictureProps {
  code: string;
}

// A photo that cannot be read is no reason to lose the tile: the map stands in.
const photoOrNone = (code: string) => () => getPhotoUrl(code).catch(() => null);

/**
 * The photo staff set for the municipality, or else Denmark's outline with a dot where its main
 * town is. Decorative either way; the button names the municipality. Follows the settings live.
 */
export function MunicipalityPicture({ code }: MunicipalityPictureProps) {
  const photo = useLiveQuery(photoOrNone(code), [code], cachedPhotoUrl(code) ?? null);
  if (photo !== null) {
    return (
      <img
        class="municipality-picture municipality-picture--photo"
        src={photo}
        alt=""
        draggable={false}
      />
    );
  }
  const municipality = municipalityByCode(code);
  const dot = municipality ? project(municipality.lon, municipality.lat) : null;
  return (
    <svg
      class="municipality-picture"
      viewBox={DENMARK_VIEW_BOX}
      aria-hidden="true"
      focusable="false"
    >
      <path class="municipality-picture__land" d={DENMARK_PATH} />
      {dot && (
        <>
          <circle class="municipality-picture__halo" cx={dot.x} cy={dot.y} r="9" />
          <circle class="municipality-picture__dot" cx={dot.x} cy={dot.y} r="4.5" />
        </>
      )}
    </svg>
  );
}
