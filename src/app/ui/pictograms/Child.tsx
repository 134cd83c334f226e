import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A child: the same rounded style as Woman, smaller and lower in the frame, in the warm colour. */
export function Child(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <circle cx="32" cy="27" r="8.5" fill="var(--pict-warm)" />
      <path
        d="M19 46 C19 42 23 39 28 39 H36 C41 39 45 42 45 46 L46 57 C37 61 27 61 18 57 Z"
        fill="var(--pict-warm)"
      />
    </Pictogram>
  );
}
