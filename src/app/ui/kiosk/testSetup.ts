// The app fetches the kiosk's screens past the first as soon as that screen is up (preloadKiosk.ts), long
// before anyone taps; component tests start with them fetched too, as a tablet does, so a busy test
// machine's first import of them is not counted against a screen's wait. Imported in the hook, after
// the test file's own vi.mock calls, so its mocks hold for these modules as well.
import { beforeAll } from 'vitest';

beforeAll(async () => {
  const { loadKioskScreens } = await import('./preloadKiosk');
  await loadKioskScreens();
});
