import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';
import { useHeadscarf } from './womanLook';

export interface WomanProps extends PictogramProps {
  /** Her place among the women on a screen; in a kiosk that shows both looks, places alternate. */
  slot?: number;
}

/**
 * A woman as a calm silhouette with a long garment and no face: either a headscarf framing the
 * head, or bareheaded with her hair tied up in a bun, the head standing apart from the shoulders
 * so the two never look alike at tile size. Which one the centre's settings say (womanLook.ts).
 */
export function Woman({ slot = 0, ...props }: WomanProps) {
  const headscarf = useHeadscarf(slot);
  return (
    <Pictogram {...props} look={headscarf ? 'headscarf' : 'bareheaded'}>
      {headscarf ? (
        <>
          <path d="M20 42 C16 30 17 7 32 7 C47 7 48 30 44 42 Z" fill="var(--pict-main)" />
          <ellipse cx="32" cy="22" rx="8" ry="9.5" fill="var(--pict-soft)" />
        </>
      ) : (
        <>
          <circle cx="32" cy="8" r="5.5" fill="var(--pict-main)" />
          <ellipse
            cx="32"
            cy="23"
            rx="8.5"
            ry="9.5"
            fill="var(--pict-soft)"
            stroke="var(--pict-main)"
            stroke-width="3.5"
          />
          <path
            d="M23.5 24 C22.5 16 27 12 32 12 C37 12 41.5 16 40.5 24 C38 19.5 35 18 32 18 C29 18 26 19.5 23.5 24 Z"
            fill="var(--pict-main)"
          />
        </>
      )}
      <path
        d={
          headscarf
            ? 'M14 44 C14 40 20 37 26 37 H38 C44 37 50 40 50 44 L54 57 C42 62 22 62 10 57 Z'
            : 'M14 45 C14 41 20 38 26 38 H38 C44 38 50 41 50 45 L54 57 C42 62 22 62 10 57 Z'
        }
        fill="var(--pict-main)"
      />
    </Pictogram>
  );
}
