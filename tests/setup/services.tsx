// For component tests: the page's services (createAppServices), made afresh for each render as
// main.tsx makes them once for the page. Every render is wrapped in <WithServices> (app.ts); a test
// that watches or steers one of them renders inside a <ServicesProvider> of its own, which wins.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AppServices } from '../../src/app/services/appServices';
import { createAppServices } from '../../src/app/services/appServices';
import { ServicesProvider } from '../../src/app/services/ServicesProvider';
import type { SyncWakeups } from '../../src/app/sync/handle';
import { createSyncHandle } from '../../src/app/sync/handle';

export function testServices(overrides: Partial<AppServices> = {}): AppServices {
  return { ...createAppServices(), ...overrides };
}

export function WithServices({ children }: { children?: ComponentChildren }) {
  const [services] = useState(testServices);
  return <ServicesProvider services={services}>{children}</ServicesProvider>;
}

/** A sync handle that counts the nudges to deliver soon, passing them on as the page's would. */
export function countingSync(): SyncWakeups & { requested: number } {
  const handle = createSyncHandle();
  const counting = {
    ...handle,
    requested: 0,
    request() {
      counting.requested += 1;
      handle.request();
    },
  };
  return counting;
}
