import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A hooked arrow turning back; mirrored in right-to-left, where "back" points the other way. */
export function Undo(props: PictogramProps) {
  return (
    <Pictogram {...props} mirror>
      <path
        d="M20 24 H40 C48 24 54 30 54 38 C54 46 48 52 40 52 H26"
        stroke="var(--pict-main)"
        stroke-width="6"
      />
      <path d="M28 13 L16 24 L28 35" stroke="var(--pict-main)" stroke-width="6" />
    </Pictogram>
  );
}
