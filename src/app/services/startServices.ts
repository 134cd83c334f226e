// What the first screen does not need (the service worker's registration, sync, the other
// languages and screens) starts once that screen has been painted: on a slow tablet a cold start
// is then only the first screen's own work, and all of it is in place well before a second tap.
// It comes with the page's services (main.tsx), so the first chunk carries neither.
import { createAppServices } from './appServices';
import type { AppServices } from './appServices';

/** The page's services, made now, and the background work started with them a moment after. */
export function startServices(coordinator: boolean): AppServices {
  const services = createAppServices();
  requestAnimationFrame(() =>
    setTimeout(() => {
      // A tablet's database is held up against its mark, so an emptied one is told to staff.
      if (!coordinator) {
        import('../data/tabletMarkWatch').then(
          (mark) => mark.watchTabletMark(),
          (error: unknown) => console.error('The tablet’s mark could not be watched.', error),
        );
      }
      import('../background').then(
        (background) => background.start(services),
        (error: unknown) => console.error('The background work could not start.', error),
      );
    }, 0),
  );
  return services;
}
