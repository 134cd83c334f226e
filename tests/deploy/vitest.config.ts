import { defineConfig } from 'vitest/config';

// The deployment test: the README's own blocks on this machine's nginx and Caddy, the server run
// as the unit runs it, and a real Chromium as the tablet. Needs root; `.ci/run` installs the rest.
export default defineConfig({
  test: {
    name: 'deploy',
    environment: 'node',
    include: ['tests/deploy/**/*.e2e.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
