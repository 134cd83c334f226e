// One setup for every browser-side unit test: a fresh fake IndexedDB, DOM matchers, and the page's
// services around every render, as main.tsx hands them down (services.tsx).
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import type * as TestingLibrary from '@testing-library/preact';
import { vi } from 'vitest';

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
