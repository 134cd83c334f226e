import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** The world: another country. */
export function Globe(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <circle
        cx="32"
        cy="32"
        r="24"
        fill="var(--pict-soft)"
        stroke="var(--pict-main)"
        stroke-width="4"
      />
      <ellipse cx="32" cy="32" rx="10" ry="24" stroke="var(--pict-main)" stroke-width="3.5" />
      <path d="M8 32 H56 M12 20 H52 M12 44 H52" stroke="var(--pict-main)" stroke-width="3.5" />
    </Pictogram>
  );
}
