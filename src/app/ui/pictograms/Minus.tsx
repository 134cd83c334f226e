import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** One fewer. */
export function Minus(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <path d="M14 32 H50" stroke="var(--pict-main)" stroke-width="8" />
    </Pictogram>
  );
}
