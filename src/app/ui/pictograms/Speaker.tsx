import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A loudspeaker with sound going out the way the language reads: hear it. */
export function Speaker(props: PictogramProps) {
  return (
    <Pictogram {...props} mirror>
      <path
        d="M9 25 C9 23 10.5 22 12.5 22 H20 L33 11 C35 9.5 37 10.5 37 13 V51 C37 53.5 35 54.5 33 53 L20 42 H12.5 C10.5 42 9 41 9 39 Z"
        fill="var(--pict-main)"
        stroke="var(--pict-main)"
        stroke-width="4"
      />
      <path d="M44 24 C47 28.5 47 35.5 44 40" stroke="var(--pict-warm)" stroke-width="5" />
      <path d="M50 17 C56 25.5 56 38.5 50 47" stroke="var(--pict-warm)" stroke-width="5" />
    </Pictogram>
  );
}
