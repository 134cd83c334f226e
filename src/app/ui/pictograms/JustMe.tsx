import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';
import { useHeadscarf } from './womanLook';

export interface JustMeProps extends PictogramProps {
  /** Her place among the women on a screen, as for Woman. */
  slot?: number;
}

/** One woman on her own, held in a soft circle: in a headscarf or bareheaded, as Woman is drawn. */
export function JustMe({ slot = 0, ...props }: JustMeProps) {
  const headscarf = useHeadscarf(slot);
  return (
    <Pictogram {...props} look={headscarf ? 'headscarf' : 'bareheaded'}>
      <circle cx="32" cy="32" r="30" fill="var(--pict-soft)" />
      {headscarf ? (
        <>
          <path d="M22 42 C18 31 19 12 32 12 C45 12 46 31 42 42 Z" fill="var(--pict-main)" />
          <ellipse cx="32" cy="25" rx="7" ry="8.5" fill="var(--surface)" />
        </>
      ) : (
        <>
          <circle cx="32" cy="10" r="5" fill="var(--pict-main)" />
          <ellipse
            cx="32"
            cy="25"
            rx="8"
            ry="9"
            fill="var(--surface)"
            stroke="var(--pict-main)"
            stroke-width="3.5"
          />
          <path
            d="M24 26 C23 18.5 27 15 32 15 C37 15 41 18.5 40 26 C37.5 22 35 20.5 32 20.5 C29 20.5 26.5 22 24 26 Z"
            fill="var(--pict-main)"
          />
        </>
      )}
      <path
        d="M17 45 C17 41 22 39 27 39 H37 C42 39 47 41 47 45 L50 54 C40 59 24 59 14 54 Z"
        fill="var(--pict-main)"
      />
    </Pictogram>
  );
}
