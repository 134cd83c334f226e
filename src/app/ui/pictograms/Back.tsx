import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** An arrow to where reading starts: left in Danish, right in Arabic. */
export function Back(props: PictogramProps) {
  return (
    <Pictogram {...props} mirror>
      <path d="M52 32 H14 M28 17 L13 32 L28 47" stroke="var(--pict-main)" stroke-width="7" />
    </Pictogram>
  );
}
