import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A card with a faceless silhouette and empty lines where a name would be: nobody asks who she is. */
export function Anonymous(props: PictogramProps) {
  return (
    <Pictogram {...props} mirror>
      <rect
        x="5"
        y="13"
        width="54"
        height="38"
        rx="6"
        fill="var(--pict-soft)"
        stroke="var(--pict-main)"
        stroke-width="4"
      />
      <circle cx="20" cy="28" r="6" fill="var(--pict-main)" />
      <path d="M10 44 C10 38 14 36 20 36 C26 36 30 38 30 44 Z" fill="var(--pict-main)" />
      <path
        d="M37 27 H51 M37 37 H51"
        stroke="var(--pict-main)"
        stroke-width="4"
        stroke-dasharray="3 5"
      />
    </Pictogram>
  );
}
