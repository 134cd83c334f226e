import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** One woman on her own, held in a soft circle. */
export function JustMe(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <circle cx="32" cy="32" r="30" fill="var(--pict-soft)" />
      <path d="M22 42 C18 31 19 12 32 12 C45 12 46 31 42 42 Z" fill="var(--pict-main)" />
      <ellipse cx="32" cy="25" rx="7" ry="8.5" fill="var(--surface)" />
      <path
        d="M17 45 C17 41 22 39 27 39 H37 C42 39 47 41 47 45 L50 54 C40 59 24 59 14 54 Z"
        fill="var(--pict-main)"
      />
    </Pictogram>
  );
}
