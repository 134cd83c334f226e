import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/**
 * A name badge on a lanyard with a small heart: the volunteers' own sign. A badge is what helpers
 * wear at the centre, so it reads as "I work here", never as an answer about the woman herself.
 */
export function VolunteerBadge(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <path d="M17 4 L32 26 L47 4" stroke="var(--pict-main)" stroke-width="4" />
      <rect
        x="13"
        y="27"
        width="38"
        height="32"
        rx="7"
        fill="var(--pict-soft)"
        stroke="var(--pict-main)"
        stroke-width="4"
      />
      <rect x="27" y="22" width="10" height="9" rx="3" fill="var(--pict-main)" />
      <path
        d="M32 52 C25 47.5 22 44 22 40.5 C22 37.5 24.2 35.5 27 35.5 C29 35.5 30.8 36.6 32 38.5 C33.2 36.6 35 35.5 37 35.5 C39.8 35.5 42 37.5 42 40.5 C42 44 39 47.5 32 52 Z"
        fill="var(--pict-warm)"
      />
    </Pictogram>
  );
}
