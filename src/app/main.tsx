import './i18n/fonts';
import './ui/theme.css';
import { render } from 'preact';
import { App } from './App';
import { APP_VERSION } from './pwa/version';

// Which version runs here, readable without a screen for it (support, and the update test).
document.documentElement.dataset.appVersion = APP_VERSION;

// What the first screen does not need (the service worker's registration, sync, the other
// languages and screens) starts once that screen has been painted: on a slow tablet a cold start
// is then only the first screen's own work, and all of it is in place well before a second tap.
let backgroundStarted = false;
function startBackground(): void {
  if (backgroundStarted) return;
  backgroundStarted = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      import('./background').then(
        (background) => background.start(),
        (error: unknown) => console.error('The background work could not start.', error),
      );
    }, 0),
  );
}

const root = document.getElementById('app');
if (root) render(<App onShown={startBackground} />, root);
