// One style for every pictogram: drawn in the same 64 x 64 frame with rounded strokes, hidden from
// screen readers (the button's text names it), so they read as one family without any text.
import { cleanup, render } from '@testing-library/preact';
import type { ComponentType } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PictogramProps } from '.';
import * as pictograms from '.';

afterEach(cleanup);

const all = Object.entries(pictograms) as [string, ComponentType<PictogramProps>][];

describe('pictograms', () => {
  it('include every one the kiosk needs', () => {
    expect(Object.keys(pictograms)).toEqual(
      expect.arrayContaining([
        'Woman',
        'Child',
        'JustMe',
        'Help',
        'StartOver',
        'PreferNot',
        'Speaker',
        'ThankYou',
        'Anonymous',
      ]),
    );
  });

  it.each(all)(
    '%s is drawn in the shared frame and hidden from screen readers',
    (_name, Picture) => {
      const { container } = render(<Picture />);
      const svg = container.querySelector('svg');
      expect(svg).toHaveAttribute('viewBox', '0 0 64 64');
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      expect(svg).toHaveAttribute('stroke-linecap', 'round');
      expect(svg).toHaveClass('pictogram');
      // Only the theme's colours, never a colour of its own.
      for (const element of svg?.querySelectorAll('[fill], [stroke]') ?? []) {
        for (const attribute of ['fill', 'stroke']) {
          const value = element.getAttribute(attribute);
          if (value !== null && value !== 'none') expect(value).toMatch(/^var\(--/);
        }
      }
    },
  );
});
