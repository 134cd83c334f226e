import { useLiveQuery } from '../../data/live';
import { cachedPhotoUrl, getPhotoUrl } from '../../data/photos';
import { MAP_HEIGHT, MAP_WIDTH, municipalityMapUrl } from './municipalityMaps';
import './municipality.css';

interface MunicipalityPictureProps {
  code: string;
}

// A photo that cannot be read is no reason to lose the tile: the map stands in.
const photoOrNone = (code: string) => () => getPhotoUrl(code).catch(() => null);

/**
 * The photo staff set for the municipality, or else its own map: the municipality filled among its
 * neighbours. Decorative either way; the button names the municipality. Follows the settings live.
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
  const map = municipalityMapUrl(code);
  // The map file drawn inside a frame of the tile's shape: the tile keeps its size and a calm
  // backdrop while the file loads, and the map's shapes stay out of the app's JS.
  return (
    <svg
      class="municipality-picture"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      <rect class="municipality-picture__backdrop" width={MAP_WIDTH} height={MAP_HEIGHT} rx="8" />
      {map !== undefined && <image href={map} width={MAP_WIDTH} height={MAP_HEIGHT} />}
    </svg>
  );
}
