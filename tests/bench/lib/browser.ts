// Chromium for the benchmarks. Unlike the browser tests it runs on a profile on disk: a context
// from browser.newContext() is off the record, keeps IndexedDB in memory, and would make every
// "durable" write look free. Each profile lives in its own temp folder, removed on close.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, checkChromium, chromiumPath } from '../../e2e/harness';
import type { BenchPageApi } from './pageApi';

export interface Tablet {
  context: BrowserContext;
  /** Closes Chromium and removes its profile. */
  close(): Promise<void>;
}

/** A fresh Chromium with an empty profile on disk, sized like the centre's tablet. */
export async function launchTablet(): Promise<Tablet> {
  checkChromium();
  const profile = await mkdtemp(join(tmpdir(), 'velkommen-bench-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1280, height: 800 },
      hasTouch: true,
      // The app's policy keeps connections to its own origin; the sync benchmark's peer, PouchDB,
      // runs on another port.
      bypassCSP: true,
      // The same flags as the browser tests.
      args: CHROMIUM_ARGS,
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Chromium's version line, for the record of the machine a run was made on. */
export function chromiumVersion(): string {
  try {
    const line = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return line.trim();
  } catch {
    return 'unknown';
  }
}

type Method = keyof BenchPageApi;

/** Calls the bench page's `method` with `args` in the page and returns its answer. */
export async function callPage<M extends Method>(
  page: Page,
  method: M,
  ...args: Parameters<BenchPageApi[M]>
): Promise<Awaited<ReturnType<BenchPageApi[M]>>> {
  const answer: unknown = await page.evaluate(
    ({ method, args }) => {
      const api = Reflect.get(globalThis, 'velkommenBench') as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      const call = api[method];
      if (call === undefined) throw new Error(`The bench page has no ${method}.`);
      return call(...args);
    },
    { method, args: args as unknown[] },
  );
  return answer as Awaited<ReturnType<BenchPageApi[M]>>;
}
