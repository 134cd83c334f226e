import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A warm heart with a small leaf: thank you for coming. */
export function ThankYou(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <path
        d="M32 56 C15 45 7 35 7 25 C7 17 13 11 20.5 11 C25.5 11 29.5 14 32 18 C34.5 14 38.5 11 43.5 11 C51 11 57 17 57 25 C57 35 49 45 32 56 Z"
        fill="var(--pict-warm)"
      />
      <path d="M32 18 C32 10 37 5 45 5 C45 12 40 17 32 18 Z" fill="var(--pict-main)" />
    </Pictogram>
  );
}
