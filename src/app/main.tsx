import './i18n/fonts';
import './ui/theme.css';
import { render } from 'preact';
import { App, isCoordinatorPath } from './App';
import { APP_VERSION } from './pwa/version';
import type { AppServices } from './services/appServices';
import { ServicesProvider } from './services/ServicesProvider';

// Which version runs here, readable without a screen for it (support, and the update test).
document.documentElement.dataset.appVersion = APP_VERSION;

// What the first screen does not need (the service worker's registration, sync, the other
// languages and screens) starts once that screen has been painted: on a slow tablet a cold start
// is then only the first screen's own work, and all of it is in place well before a second tap.
function startBackground(services: AppServices): void {
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
}

// The page's services (sync status, the nudges to sync, the update state) are a chunk of their
// own, requested as soon as the first screen is drawn: that screen needs none of them, and on a
// slow tablet every script run before it is drawn delays it.
let shown: () => void = () => undefined;
const firstScreenShown = new Promise<void>((resolve) => (shown = resolve));
const services = firstScreenShown
  .then(() => import('./services/appServices'))
  .then((module) => module.createAppServices());
void services.then(startBackground, (error: unknown) =>
  console.error('The page’s services could not start.', error),
);

const root = document.getElementById('app');
if (root) {
  const draw = (made: AppServices | null) =>
    render(
      <ServicesProvider services={made}>
        <App onShown={shown} />
      </ServicesProvider>,
      root,
    );
  draw(null);
  void services.then(draw, () => undefined);
}
