import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A question mark in a speech bubble; mirrored in right-to-left, where Arabic script writes it ؟. */
export function Help(props: PictogramProps) {
  return (
    <Pictogram {...props} mirror>
      <path
        d="M14 8 H50 C54 8 57 11 57 15 V39 C57 43 54 46 50 46 H30 L18 56 V46 H14 C10 46 7 43 7 39 V15 C7 11 10 8 14 8 Z"
        fill="var(--pict-soft)"
        stroke="var(--pict-main)"
        stroke-width="4"
      />
      <path
        d="M25 21 C25 16 28 14 32 14 C36 14 39 16.5 39 20.5 C39 25 33 26 33 31"
        stroke="var(--pict-main)"
        stroke-width="5"
      />
      <circle cx="33" cy="39" r="3" fill="var(--pict-main)" />
    </Pictogram>
  );
}
