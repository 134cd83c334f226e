import './i18n/fonts';
import './ui/theme.css';
import { render } from 'preact';
import { App, isCoordinatorPath } from './App';
import { APP_VERSION } from './pwa/version';
import type { AppServices } from './services/appServices';
import { createAppServices } from './services/appServices';
import { ServicesProvider } from './services/ServicesProvider';

// Which version runs here, readable without a screen for it (support, and the update test).
document.documentElement.dataset.appVersion = APP_VERSION;

// What the first screen does not need (the service worker's registration, sync, the other
// languages and screens) starts once that screen has been painted: on a slow tablet a cold start
// is then only the first screen's own work, and all of it is in place well before a second tap.
function backgroundStarter(services: AppServices): () => void {
  let started = false;
  return () => {
    if (started) return;
    started = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        // A tablet's database is held up against its mark, so an emptied one is told to staff.
        if (!isCoordinatorPath(location.pathname)) {
          import('./data/tabletMarkWatch').then(
            (mark) => mark.watchTabletMark(),
            (error: unknown) => console.error('The tablet’s mark could not be watched.', error),
          );
        }
        import('./background').then(
          (background) => background.start(services),
          (error: unknown) => console.error('The background work could not start.', error),
        );
      }, 0),
    );
  };
}

const services = createAppServices();
const root = document.getElementById('app');
if (root) {
  render(
    <ServicesProvider services={services}>
      <App onShown={backgroundStarter(services)} />
    </ServicesProvider>,
    root,
  );
}
