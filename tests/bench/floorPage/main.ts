// The floor of the cold start: the least an offline app with the kiosk's UI library can do before
// its first screen can take a tap. It opens one IndexedDB database (the kiosk reads its settings
// before it shows the countries), then renders one screen of sixteen country buttons with Preact,
// in the markup the cold start's probe looks for. A service worker of a few lines serves it from
// its precache (coldStartFloor.ts writes it next to the build).
import { h, render } from 'preact';

const COUNTRIES = [
  'SY',
  'UA',
  'AF',
  'IQ',
  'IR',
  'ER',
  'SO',
  'TR',
  'PK',
  'PL',
  'RO',
  'TH',
  'PH',
  'LB',
  'MA',
  'VN',
];

function CountryScreen() {
  return h(
    'main',
    { 'data-screen': 'country' },
    COUNTRIES.map((code) => h('button', { type: 'button', key: code, 'data-code': code }, code)),
  );
}

const opening = indexedDB.open('floor', 1);
opening.onupgradeneeded = () => opening.result.createObjectStore('settings');
opening.onsuccess = () => {
  const body = document.body;
  render(h(CountryScreen, null), body);
};
opening.onerror = () => {
  throw opening.error ?? new Error('The floor database did not open.');
};

if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
