import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A check mark: yes, this is right. */
export function Check(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <path d="M13 34 L26 47 L51 19" stroke="var(--pict-main)" stroke-width="8" />
    </Pictogram>
  );
}
