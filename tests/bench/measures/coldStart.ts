// Cold start offline: the kiosk has been loaded once online (service worker installed, precache
// full), the network is then cut, and each run opens the app in a new tab with the service
// worker stopped first and the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), timing from
// the navigation's start to the first frame that shows a country button. The floor, in the same
// way and taking turns with the app: a page of the same UI library that opens one database and
// renders one screen of country buttons, served by a service worker from its precache.
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { openOnline, serveApp, TOKENS } from '../../e2e/harness';
import { startServer } from '../../../src/server/server';
import { buildFloorPage } from '../lib/benchPage';
import { launchTablet } from '../lib/browser';
import { ratioRow, type Measure } from '../lib/measure';
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

/** The floor page's service worker: precache every file of the build, then serve from it. */
async function writeFloorServiceWorker(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name))}`);
  await writeFile(
    join(dir, 'sw.js'),
    `const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open('floor').then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const path = new URL(event.request.url).pathname;
  event.respondWith(
    caches.match(path === '/' ? '/index.html' : path).then((hit) => hit ?? fetch(event.request)),
  );
});
`,
  );
}

interface ColdTablet {
  /** One cold start: a new tab, the service worker stopped, the CPU slowed; ms to tappable. */
  once(): Promise<number>;
  close(): Promise<void>;
}

/** A tablet that has loaded `url` once online and is then cut off. */
async function coldTablet(url: string): Promise<ColdTablet> {
  const tablet = await launchTablet();
  const { context } = tablet;
  let page = context.pages()[0] ?? (await context.newPage());
  await openOnline(page, url);
  await context.setOffline(true);
  return {
    async once() {
      const next = await context.newPage();
      await page.close();
      page = next;
      const cdp = await context.newCDPSession(page);
      // A cold start: no service worker left running from the last run.
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript({ content: tappableProbe(FIRST_COUNTRY) });
      await page.goto(url, { waitUntil: 'commit' });
      const mark = await page.waitForFunction(
        (name) => Reflect.get(globalThis, name) as number | undefined,
        MARK,
        { timeout: 60_000 },
      );
      const ms = (await mark.jsonValue()) ?? Number.NaN;
      await cdp.detach();
      return ms;
    },
    close: () => tablet.close(),
  };
}

export const coldStart: Measure = {
  name: 'cold-start',
  async run({ sizes, log }) {
    const floorPage = await buildFloorPage();
    const cleanup: (() => Promise<void>)[] = [() => floorPage.remove()];
    try {
      await writeFloorServiceWorker(floorPage.dir);
      const server = await serveApp();
      cleanup.unshift(() => server.close());
      const floorServer = await startServer({
        port: 0,
        hostname: '127.0.0.1',
        distDir: floorPage.dir,
        log: false,
        tokens: TOKENS,
      });
      cleanup.unshift(() => floorServer.close());
      const app = await coldTablet(server.url);
      cleanup.unshift(() => app.close());
      const floor = await coldTablet(floorServer.url);
      cleanup.unshift(() => floor.close());
      const times: number[] = [];
      const floorTimes: number[] = [];
      // The app and the floor take turns, so whatever else the machine does falls on both alike.
      for (let run = 0; run < sizes.coldStartRuns; run++) {
        times.push(await app.once());
        floorTimes.push(await floor.once());
        log(
          `cold start ${run + 1}/${sizes.coldStartRuns}: ${round(times.at(-1) ?? Number.NaN)} ms, ` +
            `floor ${round(floorTimes.at(-1) ?? Number.NaN)} ms`,
        );
      }
      return [
        ratioRow({
          what: `cold start offline, 4× slower CPU (median of ${times.length})`,
          ours: median(times),
          floor: median(floorTimes),
          floorIs: 'Preact, one screen, one database, from a precache',
          budget: 'coldStartOffline',
          note: `navigation start to first country button painted; ${spread(times)}; floor ${spread(floorTimes)}`,
        }),
      ];
    } finally {
      for (const step of cleanup) await step();
    }
  },
};
