// Measures what a finger can touch on a kiosk screen: every choice at least 96 x 96 CSS px, every
// other control at least 64 x 64, and at least 16 px between any two (the gap between their
// bounding boxes along the axis that separates them). With a dialog open only the dialog counts:
// what lies under it cannot be touched.
import type { Page } from 'playwright-core';

export const CHOICE_MIN = 96;
export const CONTROL_MIN = 64;
export const GAP_MIN = 16;

export interface Target {
  name: string;
  choice: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every visible interactive element of the screen, as the page lays it out now. */
export function touchTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const CHOICES = [
      '.choice-tile',
      '[data-action="just-me"]',
      '[data-action="with-me"]',
      '[data-action="child-alone"]',
      '[data-action="add-child"]',
      '[data-action="remove-child"]',
      '[data-action^="edit-"]',
      '[data-action="confirm"]',
    ].join(', ');
    const INTERACTIVE =
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
    const modal = document.querySelector('[role="dialog"][aria-modal="true"]');
    const root: ParentNode = modal ?? document;
    return Array.from(root.querySelectorAll<HTMLElement>(INTERACTIVE))
      .filter((element) => {
        // The staff's way in is deliberately small and quiet (a long press on a 48 px mark in
        // the corner), so that women do not take it for a button of theirs: not measured.
        if (element.matches('[data-action="staff"]')) return false;
        if (element.closest('[aria-hidden="true"], [inert]')) return false;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '')
          .trim()
          .replace(/\s+/g, ' ')
          .slice(0, 40);
        return {
          name: `${element.dataset.action ?? element.dataset.code ?? element.tagName.toLowerCase()} "${name}"`,
          choice: element.matches(CHOICES),
          x: box.x,
          y: box.y,
          width: box.width,
          height: box.height,
        };
      });
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The gap between two boxes along the axis that separates them (0 when they overlap). */
export function gapBetween(a: Target, b: Target): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.max(dx, dy);
}

/** Every target too small or too close to another, as readable lines; none when all is well. */
export function targetProblems(targets: readonly Target[]): string[] {
  const problems: string[] = [];
  // Sub-pixel layout may round a 96 px box down a hair.
  const tolerance = 0.5;
  for (const target of targets) {
    const min = target.choice ? CHOICE_MIN : CONTROL_MIN;
    if (target.width + tolerance < min || target.height + tolerance < min) {
      problems.push(
        `${target.name} is ${round(target.width)} x ${round(target.height)}, under ${min} x ${min}`,
      );
    }
  }
  targets.forEach((a, i) => {
    for (const b of targets.slice(i + 1)) {
      const gap = gapBetween(a, b);
      if (gap + tolerance < GAP_MIN) {
        problems.push(`${a.name} and ${b.name} are ${round(gap)} px apart, under ${GAP_MIN}`);
      }
    }
  });
  return problems;
}
