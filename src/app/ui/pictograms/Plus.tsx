import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** One more. */
export function Plus(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <path d="M32 14 V50 M14 32 H50" stroke="var(--pict-main)" stroke-width="8" />
    </Pictogram>
  );
}
