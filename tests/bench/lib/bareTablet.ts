// A tablet's Chromium driven with nothing attached but the DevTools protocol's Page and Runtime, for
// the measurements that move megabytes over the network. Playwright turns on the Network domain of
// every page it drives, and Chromium then copies each request's body into a DevTools event: about
// three times the processor time of a sync's uploads, which no tablet at a centre pays, since none
// has a debugger attached. Everything measured in such a tablet (ours, its floor and PouchDB) runs in
// the same page, on a profile on disk, as in launchTablet.
import CDP from 'chrome-remote-interface';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_ARGS, checkChromium, chromiumPath } from '../../e2e/harness';
import type { BenchPageApi } from './pageApi';

type Method = keyof BenchPageApi;

export interface BareTablet {
  /** Calls the bench page's `method` with `args` and returns its answer, as callPage does. */
  call<M extends Method>(
    method: M,
    ...args: Parameters<BenchPageApi[M]>
  ): Promise<Awaited<ReturnType<BenchPageApi[M]>>>;
  close(): Promise<void>;
}

/** The DevTools port Chromium chose, from the file it writes into its profile once it listens. */
async function devToolsPort(profile: string, exited: () => boolean): Promise<number> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    if (exited()) throw new Error('Chromium stopped before it listened for DevTools.');
    const first = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').then(
      (text) => text.split('\n')[0],
      () => undefined,
    );
    if (first) return Number(first);
    await sleep(50);
  }
  throw new Error('Chromium did not open its DevTools port within 20 s.');
}

/** Chromium on a fresh profile on disk, showing the bench page at `url` once it is ready. */
export async function launchBareTablet(url: string): Promise<BareTablet> {
  checkChromium();
  const profile = await mkdtemp(join(tmpdir(), 'velkommen-bench-bare-'));
  const chromium = spawn(
    chromiumPath,
    [
      '--headless',
      ...CHROMIUM_ARGS,
      '--window-size=1280,800',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    chromium.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  // Asked to close over DevTools first (close() below); a Chromium that has not gone within 5 s is
  // killed. Its helper processes may still be writing to the profile for a moment after it exits.
  const stop = async () => {
    if (!exited) chromium.kill();
    const killer = setTimeout(() => chromium.kill('SIGKILL'), 5_000);
    await gone;
    clearTimeout(killer);
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  try {
    const port = await devToolsPort(profile, () => exited);
    const client = await CDP({ port, host: '127.0.0.1' });
    const { Page, Runtime } = client;
    await Page.enable();
    // The app's policy keeps connections to its own origin; the floor and PouchDB's server run on
    // other ports (launchTablet's bypassCSP).
    await Page.setBypassCSP({ enabled: true });
    const loaded = Page.loadEventFired();
    await Page.navigate({ url });
    await loaded;
    const evaluate = async (expression: string): Promise<unknown> => {
      const { result, exceptionDetails } = await Runtime.evaluate({
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails !== undefined) {
        throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      }
      return result.value;
    };
    for (
      let waited = 0;
      (await evaluate('globalThis.velkommenBenchReady')) !== true;
      waited += 50
    ) {
      if (waited > 30_000) throw new Error('The bench page was not ready within 30 s.');
      await sleep(50);
    }
    return {
      async call(method, ...args) {
        const answer = await evaluate(
          `globalThis.velkommenBench[${JSON.stringify(method)}](...${JSON.stringify(args)})`,
        );
        return answer as never;
      },
      async close() {
        await client.Browser.close().catch(() => undefined);
        await client.close().catch(() => undefined);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
