// The built app under the server's Content-Security-Policy in a real Chromium: a check-in at the
// kiosk, every staff tab, and the coordinator page, with not one violation reported. An inline
// script put in at the end must be refused and reported, so the listening itself is proven.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  checkIn,
  longPress,
  openOnline,
  pairingLink,
  tabletContext,
  TOKENS,
  typePin,
  useBrowserTest,
} from './harness';

const app = useBrowserTest();

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Every violation the page reports, from its 'securitypolicyviolation' events and from Chromium's
 * console lines about refusals (which also come from the page's workers).
 */
function watchViolations(page: Page): () => Promise<string[]> {
  const logged: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to/i.test(text)) logged.push(`console: ${text}`);
  });
  void page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return async () => [
    ...logged,
    ...(await page.evaluate(() => window.cspViolations ?? []).catch(() => [])),
  ];
}

test(
  'the kiosk, the staff view and the coordinator page run under the policy without a violation',
  {
    timeout: 120_000,
  },
  async () => {
    const context = await tabletContext(app.browser);
    try {
      const page = await context.newPage();
      const violations = watchViolations(page);
      const answer = await page.goto(app.server.url);
      // The page is under the server's policy, not merely quiet without one.
      const policy = answer?.headers()['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");

      await openOnline(page, pairingLink(app.server.url));
      await checkIn(page, { country: 'Tyrkiet', municipality: 'København', children: 1 });
      await page.locator('[data-screen="country"]').waitFor({ timeout: 15_000 });

      await longPress(page, page.getByRole('button', { name: 'Personale', exact: true }));
      await page.getByRole('heading', { name: 'Vælg en pinkode til personalet' }).waitFor();
      await typePin(page, '2468');
      await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
      await typePin(page, '2468');
      await page.getByRole('heading', { name: 'I dag', exact: true }).waitFor({ timeout: 10_000 });
      for (const [tab, heading] of [
        ['Indtjekninger', 'Dagens indtjekninger'],
        ['Rapporter', 'Rapporter og udtræk'],
        ['Indstillinger', 'Indstillinger'],
        ['Optagelser', 'Kioskens stemmer'],
      ] as const) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();
        // Figures, photos and settings arrive a moment after the heading.
        await page.waitForTimeout(500);
      }
      expect(await violations()).toEqual([]);

      const coordinator = await context.newPage();
      const onCoordinator = watchViolations(coordinator);
      await coordinator.goto(`${app.server.url}/coordinator`);
      // The page speaks the browser's language; the form is found by what it is.
      const form = coordinator.locator('form.token-form');
      await form.locator('input[type="password"]').fill(TOKENS.coordinator);
      await form.locator('button[type="submit"]').click();
      await form.waitFor({ state: 'detached', timeout: 15_000 });
      await coordinator.waitForTimeout(1_000);
      expect(await onCoordinator()).toEqual([]);

      // An inline script is what an injected one would be: refused, and reported both ways the
      // watch above listens, so a quiet walk means no violation rather than a deaf listener.
      const heard = await coordinator.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener(
              'securitypolicyviolation',
              (event) => resolve(`${event.effectiveDirective} blocked ${event.blockedURI}`),
              { once: true },
            );
            const script = document.createElement('script');
            script.textContent = 'window.ranInline = true;';
            document.body.append(script);
            setTimeout(() => resolve('no violation reported'), 5_000);
          }),
      );
      expect(heard).toMatch(/^script-src(-elem)? blocked inline$/);
      expect(await coordinator.evaluate(() => 'ranInline' in window)).toBe(false);
      await expect
        .poll(async () => (await onCoordinator()).some((line) => /inline/i.test(line)))
        .toBe(true);
    } finally {
      await context.close();
    }
  },
);
