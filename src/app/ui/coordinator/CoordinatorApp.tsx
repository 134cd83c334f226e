// The coordinator page as its own small app (served at /coordinator, loaded lazily): it needs no
// tablet storage at all, only the server, so it works from any browser with the coordinator token.
// Staff text is in Danish or English; the choice is remembered on this computer.
import { useState } from 'preact/hooks';
import { I18nProvider } from '../../i18n/I18n';
import type { LanguageCode } from '../../i18n/languages';
import { CoordinatorPage } from './CoordinatorPage';
import './reports.css';
import './coordinator.css';

const LANG_KEY = 'velkommen.coordinator.lang';

function initialLanguage(): LanguageCode {
  try {
    const kept = globalThis.localStorage?.getItem(LANG_KEY);
    if (kept === 'da' || kept === 'en') return kept;
  } catch {
    // No storage: go by the browser.
  }
  const browser = globalThis.navigator?.language ?? 'da';
  return /^en\b/i.test(browser) ? 'en' : 'da';
}

function rememberLanguage(code: LanguageCode): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, code);
  } catch {
    // Not remembered; the browser's language decides next time.
  }
}

export function CoordinatorApp() {
  const [initial] = useState(initialLanguage);
  return (
    <I18nProvider initial={initial} staff onChange={rememberLanguage}>
      <CoordinatorPage />
    </I18nProvider>
  );
}
