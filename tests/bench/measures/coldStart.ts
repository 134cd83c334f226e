// Cold start offline: the kiosk has been loaded once online (service worker installed, precache
// full), the network is then cut, and each run opens the app in a new tab with the service
// worker stopped first and the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), timing from
// the navigation's start to the first frame that shows a country button.
import { openOnline, serveApp } from '../../e2e/harness';
import { launchTablet } from '../lib/browser';
import type { Measure } from '../lib/measure';
import { median, round, spread } from '../lib/stats';

const FIRST_COUNTRY = '[data-screen="country"] button[data-code]';
const MARK = 'velkommenTappableAt';

// Written as script text because the runner's TypeScript loader wraps inner functions in a
// helper the page does not have. It looks once a frame; when the button is there it is painted
// in that frame, and the task after the frame is the first that could take a tap.
function tappableProbe(selector: string): string {
  return `(() => {
    const look = () => {
      if (document.querySelector(${JSON.stringify(selector)}) !== null) {
        setTimeout(() => { window.${MARK} = performance.now(); }, 0);
      } else {
        requestAnimationFrame(look);
      }
    };
    requestAnimationFrame(look);
  })();`;
}

export const coldStart: Measure = {
  name: 'cold-start',
  async run({ sizes, log }) {
    const server = await serveApp();
    const tablet = await launchTablet();
    try {
      const { context } = tablet;
      let page = context.pages()[0] ?? (await context.newPage());
      await openOnline(page, server.url);
      await context.setOffline(true);
      const times: number[] = [];
      for (let run = 0; run < sizes.coldStartRuns; run++) {
        const next = await context.newPage();
        await page.close();
        page = next;
        const cdp = await context.newCDPSession(page);
        // A cold start: no service worker left running from the last run.
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.addInitScript({ content: tappableProbe(FIRST_COUNTRY) });
        await page.goto(server.url, { waitUntil: 'commit' });
        const mark = await page.waitForFunction(
          (name) => Reflect.get(globalThis, name) as number | undefined,
          MARK,
          { timeout: 60_000 },
        );
        const ms = (await mark.jsonValue()) ?? Number.NaN;
        log(`cold start ${run + 1}/${sizes.coldStartRuns}: ${round(ms)} ms`);
        times.push(ms);
        await cdp.detach();
      }
      return [
        {
          what: `cold start offline, 4× slower CPU (median of ${times.length})`,
          value: round(median(times)),
          unit: 'ms',
          budget: 'coldStartOffline',
          note: `navigation start to first country button painted; ${spread(times)}`,
        },
      ];
    } finally {
      await tablet.close();
      await server.close();
    }
  },
};
