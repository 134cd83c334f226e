import { municipalityByCode } from '../../../shared/municipalities';
import { DENMARK_PATH, DENMARK_VIEW_BOX, project } from './denmark-outline';
import './municipality.css';

interface MunicipalityPictureProps {
  code: string;
}

/**
 * Denmark's outline with a dot where the municipality's main town is: the default picture until
 * the centre sets a photo of its own. Decorative; the button names the municipality.
 */
export function MunicipalityPicture({ code }: MunicipalityPictureProps) {
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
