// The centre's own voice, end to end in Chromium with its fake microphone: staff start a recording
// session in Danish in the staff view and record its first item, the country question (record,
// listen, keep), and on the kiosk the speaker then plays that recording, at the kiosk's modest
// volume, only when tapped. Before it there is a speaker only if
// this Chromium has a voice for Danish: a language without sound shows none.
import { expect, test } from 'vitest';
import { longPress, typePin, useBrowserTest } from './harness';

// A fake microphone that needs no permission prompt.
const app = useBrowserTest({
  browser: { args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] },
});

interface Played {
  volume: number;
  ok: boolean;
}

test(
  'a prompt recorded in the staff view is what the kiosk’s speaker plays',
  { timeout: 90_000 },
  async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1280, height: 800 },
      hasTouch: true,
      permissions: ['microphone'],
    });
    // Every play() the page asks for, and whether the browser agreed to play it.
    await context.addInitScript(() => {
      const played: { volume: number; ok: boolean }[] = [];
      Object.assign(window, { played });
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        const entry = { volume: this.volume, ok: false };
        played.push(entry);
        const result = play.call(this);
        void result.then(() => (entry.ok = true)).catch(() => undefined);
        return result;
      };
    });
    const page = await context.newPage();
    const played = () => page.evaluate(() => (window as unknown as { played: Played[] }).played);
    try {
      await page.goto(app.server.url);
      const speaker = page.locator('[data-screen="country"] [data-action="speak"]');
      await page.getByRole('heading', { name: 'Hvor kommer du fra?' }).waitFor();
      if ((await speaker.count()) > 0) {
        expect(await speaker.getAttribute('data-sound')).toBe('speech');
      }

      await longPress(page, page.getByRole('button', { name: 'Personale', exact: true }));
      await typePin(page, '1357');
      await page.getByRole('heading', { name: 'Skriv den samme pinkode igen' }).waitFor();
      await typePin(page, '1357');
      await page.getByRole('tab', { name: 'Optagelser' }).click();

      await page
        .getByRole('region', { name: 'Optag med en tolk', exact: true })
        .getByRole('button', { name: 'Optag det, der mangler, på Dansk', exact: true })
        .click();
      const session = page.getByRole('region', { name: 'Optagelse på Dansk', exact: true });
      await session.getByText('1 af 44 optagelser').waitFor();
      const country = session.getByRole('region', { name: 'Spørgsmål: land', exact: true });
      await country.getByRole('button', { name: 'Optag', exact: true }).click();
      await country.getByText(/^Optager/).waitFor();
      await page.waitForTimeout(1_200);
      await country.getByRole('button', { name: 'Stop', exact: true }).click();
      await country.getByRole('button', { name: 'Lyt', exact: true }).click();
      await expect.poll(async () => (await played()).length).toBe(1);
      await country.getByRole('button', { name: 'Behold', exact: true }).click();
      await country.getByText('Optagelsen er gemt.').waitFor();
      await session.getByRole('button', { name: 'Næste', exact: true }).click();
      await session.getByText('2 af 44 optagelser').waitFor();
      await session.getByRole('button', { name: 'Afslut', exact: true }).click();
      await page.getByRole('radio', { name: /Dansk.*1 af 44 optaget/ }).waitFor();

      await page.getByRole('button', { name: 'Tilbage til kiosken' }).click();
      await speaker.waitFor();
      await expect.poll(() => speaker.getAttribute('data-sound')).toBe('recording');
      // Nothing plays by itself.
      expect(await played()).toHaveLength(1);

      await speaker.click();
      await expect.poll(async () => (await played()).length).toBe(2);
      await expect.poll(async () => (await played())[1]?.ok).toBe(true);
      expect((await played())[1]?.volume).toBeCloseTo(0.6);
    } finally {
      await context.close();
    }
  },
);
