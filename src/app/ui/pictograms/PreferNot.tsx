import { Pictogram } from './Pictogram';
import type { PictogramProps } from './Pictogram';

/** A finger gently to closed lips: "I would rather not say", never a cross. */
export function PreferNot(props: PictogramProps) {
  return (
    <Pictogram {...props}>
      <circle cx="32" cy="27" r="23" fill="var(--pict-soft)" />
      <path d="M19 35 C25 39 39 39 45 35" stroke="var(--pict-main)" stroke-width="5" />
      <rect x="28" y="22" width="8" height="30" rx="4" fill="var(--pict-warm)" />
      <rect x="22" y="45" width="20" height="17" rx="8" fill="var(--pict-warm)" />
    </Pictogram>
  );
}
