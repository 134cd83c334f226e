import { defineConfig } from 'vitest/config';

// Browser tests: a real Chromium against the built app served by the real server.
export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time: each spends most of its time waiting on its own Chromium and server. On 2
    // cores, two together took 8 minutes on a machine busy with other work, where one after another
    // took 9 on a quiet one.
    maxWorkers: 2,
    // A poll waits for what the page does next: on a busy 2-core machine that can take more than
    // vitest's default second, and a poll passes as soon as it holds, so waiting longer costs
    // nothing when the machine is quick.
    expect: { poll: { timeout: 10_000 } },
  },
});
