import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** An arrow to where reading goes: right in Danish, left in Arabic. */
export function Forward(props: PictogramProps) {
  return (
    <Pictogram {...props} mirror>
      <path d="M12 32 H50 M36 17 L51 32 L36 47" stroke="var(--pict-main)" stroke-width="7" />
    </Pictogram>
  );
}
