// Hands the page's services (appServices.ts) down to the components, which read them through the
// hooks below rather than importing them, so that each test renders with services of its own. The
// page's come a moment after its first screen, which needs none of them (main.tsx): what may show
// before then asks with useOptionalServices().
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { UpdateState } from '../pwa/updates';
import type { SyncHandle } from '../sync/handle';
import type { AppServices } from './appServices';
import { ServicesContext } from './servicesContext';

interface ServicesProviderProps {
  /** null for the moment between the first screen and the services' arrival (main.tsx). */
  services: AppServices | null;
  children: ComponentChildren;
}

export function ServicesProvider({ services, children }: ServicesProviderProps) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === null) {
    throw new Error(
      'This component needs the page’s services: render it inside <ServicesProvider>.',
    );
  }
  return services;
}

/** The page's services, or null where none are given (a test of one screen alone). */
export function useOptionalServices(): AppServices | null {
  return useContext(ServicesContext);
}

/** The nudges to the sync loop: request() after a check-in or a void, afterPairing() after pairing. */
export function useSync(): SyncHandle {
  return useServices().sync;
}

/** Whether a new version of the app waits, and taking it over. */
export function useUpdates(): UpdateState {
  return useServices().updates;
}
