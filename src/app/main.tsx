import './i18n/fonts';
import './ui/theme.css';
import { render } from 'preact';
import { App, isCoordinatorPath } from './App';
import { APP_VERSION } from './pwa/version';
import type { AppServices } from './services/appServices';
import { ServicesContext } from './services/servicesContext';

// Which version runs here, readable without a screen for it (support, and the update test).
document.documentElement.dataset.appVersion = APP_VERSION;

// The page's services (sync status, the nudges to sync, the update state) and the background work
// are a chunk of their own, requested as soon as the first screen is drawn: that screen needs none
// of them, and on a slow tablet every script run before it is drawn delays it.
let shown: () => void = () => undefined;
const firstScreenShown = new Promise<void>((resolve) => (shown = resolve));
const services = firstScreenShown
  .then(() => import('./services/startServices'))
  .then((module) => module.startServices(isCoordinatorPath(location.pathname)));
void services.catch((error: unknown) =>
  console.error('The page’s services could not start.', error),
);

const root = document.getElementById('app');
if (root) {
  const draw = (made: AppServices | null) =>
    render(
      <ServicesContext.Provider value={made}>
        <App onShown={shown} />
      </ServicesContext.Provider>,
      root,
    );
  draw(null);
  void services.then(draw, () => undefined);
}
