import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './ui/theme.css';
import { render } from 'preact';
import { App } from './App';
import { registerServiceWorker } from './pwa/register';
import { startSync } from './sync/syncLoop';
import { requestPersistence } from './data/storage';

const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
// One loop per tablet (Web Locks across tabs) sends pending visits whenever the network allows.
startSync();
// Ask at every start until granted: without it the browser may clear unsynced visits under storage pressure.
void requestPersistence();
