// The frame every pictogram is drawn in: a 64 x 64 view box, hidden from assistive
// technology (the button's visible text names it), optionally mirrored in right-to-left.
import type { ComponentChildren } from 'preact';
import './pictograms.css';

export interface PictogramProps {
  class?: string;
}

interface FrameProps extends PictogramProps {
  mirror?: boolean;
  /** Which of its looks a picture with several shows (a woman with or without a headscarf). */
  look?: string;
  children: ComponentChildren;
}

export function Pictogram({ class: className, mirror = false, look, children }: FrameProps) {
  const classes = ['pictogram', mirror ? 'pictogram--mirror' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <svg
      class={classes}
      data-look={look}
      viewBox="0 0 64 64"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}
