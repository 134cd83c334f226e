// Builds the bench page (tests/bench/page) with Vite into a temp folder, a production build like
// the kiosk's own, so the tablet code measured there is minified and bundled as it ships.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const pageDir = fileURLToPath(new URL('../page', import.meta.url));
const floorPageDir = fileURLToPath(new URL('../floorPage', import.meta.url));

export interface BuiltPage {
  /** The folder to serve: index.html and its assets. */
  dir: string;
  remove(): Promise<void>;
}

export function buildBenchPage(): Promise<BuiltPage> {
  return buildPage(pageDir);
}

/** The cold start's floor (tests/bench/floorPage), built the same way. */
export function buildFloorPage(): Promise<BuiltPage> {
  return buildPage(floorPageDir);
}

async function buildPage(root: string): Promise<BuiltPage> {
  const dir = await mkdtemp(join(tmpdir(), 'velkommen-bench-page-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'error',
      // As the kiosk's build (vite.config.ts): the check-in worker is an ES module.
      worker: { format: 'es' },
      build: {
        outDir: dir,
        emptyOutDir: true,
        target: 'es2022',
        reportCompressedSize: false,
        chunkSizeWarningLimit: 10_000,
      },
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The bench page built on first use and kept for the run; remove() cleans up if it was built. */
export function onDemand(): { get(): Promise<BuiltPage>; remove(): Promise<void> } {
  let built: Promise<BuiltPage> | null = null;
  return {
    get: () => (built ??= buildBenchPage()),
    remove: async () => {
      if (built !== null) await (await built).remove();
    },
  };
}
