// The fonts for every script the kiosk's languages are written in, shipped with the app so
// nothing depends on the tablet's own fonts or on the network. Only the two weights the app uses
// (400, 700) and only the subsets its languages need: Latin and Latin Extended (Danish, Turkish,
// Somali, Kurmanji), Cyrillic (Ukrainian), Arabic (Arabic, Farsi, Dari, Urdu and Sorani letters,
// Arabic and Persian digits) and Ethiopic (Tigrinya). Each subset's @font-face has its
// unicode-range, so a browser fetches a file only when a page uses its script; the service worker
// precaches all of them (vite.config.ts: woff2), so every script works offline from the start.
// Urdu is set in Noto Sans Arabic (Naskh style), not Nastaliq: see the README's Languages part.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-ethiopic/ethiopic-400.css';
import '@fontsource/noto-sans-ethiopic/ethiopic-700.css';
