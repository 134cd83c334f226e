// One setup for every browser-side unit test: a fresh fake IndexedDB, DOM matchers, and the page's
// services around every render, as main.tsx hands them down (services.tsx).
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import type * as TestingLibrary from '@testing-library/preact';
import { afterAll, vi } from 'vitest';

vi.mock('@testing-library/preact', async (importOriginal) => {
  const library = await importOriginal<typeof TestingLibrary>();
  const { WithServices } = await import('./services');
  return {
    ...library,
    render: (
      ui: Parameters<typeof library.render>[0],
      options: Parameters<typeof library.render>[1] = {},
    ) => library.render(ui, { wrapper: WithServices, ...options }),
  };
});

// Preact runs effects after the next paint, with a 100 ms timer as the fallback. One still pending
// when a file's last test ends would fire once the DOM is gone and throw; let it run first.
afterAll(async () => {
  vi.useRealTimers();
  await new Promise((resolve) => setTimeout(resolve, 120));
});
