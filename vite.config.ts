/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { COUNTRY_CODES } from './src/shared/countries';

const sourceIcon = fileURLToPath(new URL('icons/velkommen.svg', import.meta.url));
// The version the app shows (on <html data-app-version>, for staff and support): package.json's,
// unless VITE_APP_VERSION names the build, as the update test does for its two versions.
const packageJson: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL('package.json', import.meta.url)), 'utf8'),
);
const packageVersion =
  typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson
    ? String(packageJson.version)
    : 'unknown';
const appVersion = process.env.VITE_APP_VERSION ?? packageVersion;

// Every flag is a file of its own at a path that follows from its code, in a folder named by the
// flags' contents: the app needs no table of hashed file names (which would sit in the first
// chunk), and the folder's name still changes whenever a flag does, so it can be cached for good.
const flagSource = fileURLToPath(new URL('node_modules/flag-icons/flags/4x3/', import.meta.url));
const flagFiles = readdirSync(flagSource)
  .filter((file) => /^[a-z]{2}\.svg$/.test(file))
  .sort();
const flagsHash = createHash('sha256');
for (const file of flagFiles) flagsHash.update(file).update(readFileSync(flagSource + file));
const flagsPath = `assets/flags-${flagsHash.digest('hex').slice(0, 10)}/`;

export default defineConfig({
  plugins: [
    preact(),
    {
      // The page links the source icon as its scalable favicon, so the build must carry it too.
      name: 'velkommen-source-icon',
      apply: 'build',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'velkommen.svg',
          source: readFileSync(sourceIcon),
        });
      },
    },
    {
      name: 'velkommen-flags',
      buildStart() {
        // Palestine and Kosovo included: a flag set without one of them fails the build here,
        // instead of a woman from there finding no flag of her own.
        const missing = COUNTRY_CODES.filter(
          (code) => !existsSync(`${flagSource}${code.toLowerCase()}.svg`),
        );
        if (missing.length > 0) this.error(`No flag for ${missing.join(', ')} in flag-icons.`);
      },
      generateBundle() {
        for (const file of flagFiles) {
          this.emitFile({
            type: 'asset',
            fileName: flagsPath + file,
            source: readFileSync(flagSource + file),
          });
        }
      },
      configureServer(server) {
        server.middlewares.use((request, response, next) => {
          const file = /\/assets\/flags-\w+\/([a-z]{2}\.svg)$/.exec(request.url ?? '')?.[1];
          if (file === undefined || !flagFiles.includes(file)) return next();
          response.setHeader('Content-Type', 'image/svg+xml');
          response.end(readFileSync(flagSource + file));
        });
      },
    },
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // The kiosk decides when to update (between visitors), never the worker itself.
      registerType: 'prompt',
      injectRegister: false,
      pwaAssets: {
        config: true,
        overrideManifestIcons: true,
        // The source image lives in icons/, not public/; the generated icons go to the root of the build.
        integration: { publicDir: fileURLToPath(new URL('icons', import.meta.url)) },
      },
      manifest: {
        name: 'Velkommen',
        short_name: 'Velkommen',
        description: 'Check-in at the centre',
        lang: 'da',
        display: 'fullscreen',
        display_override: ['fullscreen', 'standalone'],
        orientation: 'any',
        start_url: './',
        scope: './',
        background_color: '#f6f1e7',
        theme_color: '#2f5d50',
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // Flags and fonts are many small files; all of them must work offline.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion),
    'import.meta.env.VITE_FLAGS_PATH': JSON.stringify(flagsPath),
  },
  // The check-in worker (src/app/data/checkInWorker.ts) is an ES module, like the page itself.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Pictures must stay files (precached, loaded by <img>), never inlined into the JS.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    // index.html loads one script (the group below), so no modulepreload link is left for the
    // polyfill to serve; the later chunks' preloads fall back to rel=preload where it is unknown.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the first screen loads is one chunk, not eight: one request from the precache,
          // and gzip finds more to share in one file than in several small ones.
          groups: [{ name: 'first', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    globalSetup: ['tests/setup/engines.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          environment: 'node',
          include: ['src/shared/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          // Component tests click through whole screens (and hash PINs); a busy 2-core CI machine needs room.
          testTimeout: 20_000,
          include: ['src/app/**/*.test.{ts,tsx}'],
          setupFiles: [
            'tests/setup/app.ts',
            'src/app/i18n/messages/testSetup.ts',
            'src/app/ui/kiosk/testSetup.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts'],
        },
      },
      {
        // The tablet's outbox against the real server: client code on fake IndexedDB, server in-process.
        extends: true,
        test: {
          name: 'sync',
          environment: 'node',
          include: ['tests/sync/**/*.test.ts'],
          setupFiles: ['tests/setup/sync.ts'],
        },
      },
    ],
  },
});
