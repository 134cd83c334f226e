// The coordinator page as its own small app (served at /coordinator, loaded lazily): it needs no
// tablet storage at all, only the server, so it works from any browser with the coordinator token.
// Staff text is in Danish or English; the choice is remembered on this computer.
import { useState } from 'preact/hooks';
import { I18nProvider } from '../../i18n/I18n';
import { loadLanguage, saveLanguage } from '../../coordinator/languageStore';
import { CoordinatorPage } from './CoordinatorPage';
import '../reports/reports.css';
import './coordinator.css';

export function CoordinatorApp() {
  const [initial] = useState(loadLanguage);
  return (
    <I18nProvider initial={initial} staff onChange={saveLanguage}>
      <CoordinatorPage />
    </I18nProvider>
  );
}
