import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A woman as a calm silhouette: long hair or a scarf framing the head, a long garment, no face. */
export function Woman(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <path d="M20 42 C16 30 17 7 32 7 C47 7 48 30 44 42 Z" fill="var(--pict-main)" />
      <ellipse cx="32" cy="22" rx="8" ry="9.5" fill="var(--pict-soft)" />
      <path
        d="M14 44 C14 40 20 37 26 37 H38 C44 37 50 40 50 44 L54 57 C42 62 22 62 10 57 Z"
        fill="var(--pict-main)"
      />
    </Pictogram>
  );
}
