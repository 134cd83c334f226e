import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A folded map with a pin: another place to live. */
export function MapMore(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <path
        d="M6 16 L22 10 L42 16 L58 10 V48 L42 54 L22 48 L6 54 Z"
        fill="var(--pict-soft)"
        stroke="var(--pict-main)"
        stroke-width="4"
      />
      <path d="M22 10 V48 M42 16 V54" stroke="var(--pict-main)" stroke-width="3" />
      <path
        d="M32 42 C26 34 24 30 24 26 C24 21.5 27.5 18 32 18 C36.5 18 40 21.5 40 26 C40 30 38 34 32 42 Z"
        fill="var(--pict-warm)"
      />
      <circle cx="32" cy="26" r="3" fill="var(--surface)" />
    </Pictogram>
  );
}
