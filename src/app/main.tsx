import './i18n/fonts';
import './ui/theme.css';
import { render } from 'preact';
import { App } from './App';
import { registerServiceWorker } from './pwa/register';
import { APP_VERSION } from './pwa/version';
import { startSync } from './sync/syncLoop';
import { requestPersistence } from './data/storage';

// Which version runs here, readable without a screen for it (support, and the update test).
document.documentElement.dataset.appVersion = APP_VERSION;
const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
// One loop per tablet (Web Locks across tabs) sends pending visits whenever the network allows.
startSync();
// Ask at every start until granted: without it the browser may clear unsynced visits under storage pressure.
void requestPersistence();
