import { useEffect, useState } from 'preact/hooks';
import { getKioskSettings } from './data/settings';
import { I18nProvider } from './i18n/I18n';
import type { LanguageCode } from './i18n/languages';
import { DEFAULT_LANGUAGE } from './i18n/languages';
import { KioskFlow } from './ui/kiosk/KioskFlow';

export function App() {
  // The first screen waits the few milliseconds the settings take, rather than flashing
  // Danish before the centre's own language.
  const [language, setLanguage] = useState<LanguageCode | null>(null);
  useEffect(() => {
    getKioskSettings().then(
      (settings) => setLanguage(settings.language),
      () => setLanguage(DEFAULT_LANGUAGE),
    );
  }, []);
  if (language === null) return null;
  return (
    <I18nProvider initial={language}>
      <KioskFlow />
    </I18nProvider>
  );
}
