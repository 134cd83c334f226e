import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A circular arrow: round again from the beginning. */
export function StartOver(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <path d="M50 24 A20 20 0 1 0 52 38" stroke="var(--pict-main)" stroke-width="6" />
      <path d="M53 10 L51 25 L37 22" stroke="var(--pict-main)" stroke-width="6" />
    </Pictogram>
  );
}
