// One style for every pictogram: drawn in the same 64 x 64 frame with rounded strokes, hidden from
// screen readers (the button's text names it), so they read as one family without any text.
import { cleanup, render } from '@testing-library/preact';
import type { ComponentType } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PictogramProps } from '.';
import * as pictograms from '.';
import { JustMe } from './JustMe';
import { Woman } from './Woman';
import type { WomanLook } from './womanLook';
import { WomanLookContext } from './womanLook';

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
        'VolunteerBadge',
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

describe('the women in the pictures', () => {
  const looks = (look: WomanLook) => {
    const { container } = render(
      <WomanLookContext.Provider value={look}>
        <JustMe />
        <Woman slot={1} />
        <Woman slot={2} />
      </WomanLookContext.Provider>,
    );
    return [...container.querySelectorAll('svg')].map((svg) => svg.getAttribute('data-look'));
  };

  it('wear a headscarf, or not, as the centre chose', () => {
    expect(looks('headscarf')).toEqual(['headscarf', 'headscarf', 'headscarf']);
    cleanup();
    expect(looks('bareheaded')).toEqual(['bareheaded', 'bareheaded', 'bareheaded']);
  });

  it('alternate, with and without, where a centre shows both', () => {
    expect(looks('both')).toEqual(['headscarf', 'bareheaded', 'headscarf']);
  });

  it('are drawn differently with and without a headscarf', () => {
    const drawing = (look: WomanLook) => {
      const { container } = render(
        <WomanLookContext.Provider value={look}>
          <Woman />
        </WomanLookContext.Provider>,
      );
      const markup = container.innerHTML.replace(/data-look="[a-z]+"/, '');
      cleanup();
      return markup;
    };
    expect(drawing('headscarf')).not.toBe(drawing('bareheaded'));
  });
});
