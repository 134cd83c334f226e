import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/**
 * "I would rather not say": a woman beside a speech bubble she leaves empty but for one soft line.
 * Not a finger to the lips (it reads as "be quiet", and at tile size as a lollipop), not a raised
 * palm (the "stop" of a guard at a border), never a cross: her answer is simply kept to herself.
 * The bubble has no question mark and sits with a person, so it is never taken for "help".
 */
export function PreferNot(props: PictogramProps) {
  return (
    <Pictogram {...props} mirror>
      <path
        d="M35 6 H51 C56 6 60 10 60 15 V27 C60 32 56 36 51 36 H42 L31 44 L33 36 C29 35 26 31.5 26 27 V15 C26 10 30 6 35 6 Z"
        fill="var(--pict-soft)"
        stroke="var(--pict-main)"
        stroke-width="4"
      />
      <path d="M37 21 H49" stroke="var(--pict-main)" stroke-width="5" />
      <circle cx="17" cy="37" r="8" fill="var(--pict-main)" />
      <path d="M3 61 C3 52 9 48 17 48 C25 48 31 52 31 61 Z" fill="var(--pict-main)" />
    </Pictogram>
  );
}
