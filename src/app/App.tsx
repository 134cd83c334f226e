// Which face the app shows. At /coordinator: the coordinator page, for any browser with the
// coordinator token. Everywhere else the tablet: the kiosk for the women, and behind a long press
// and the PIN the staff view. Staff mode lives only in memory: a reload, the Back button or a
// link never lands anyone in it, and every way out of it (button, auto-lock) locks it again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { I18nProvider } from './i18n/I18n';
import type { LanguageCode } from './i18n/languages/languages';
import { DEFAULT_LANGUAGE, staffLanguage } from './i18n/languages/languages';
import { messageCatalog } from './i18n/messages/catalog';
import { chunk, fromChunk } from './ui/kiosk/fromChunk';
import { Kiosk } from './ui/kiosk/Kiosk';
import type { KioskStart } from './ui/kiosk/kioskStart';
import { readKioskStart } from './ui/kiosk/kioskStart';
import { laterScreens } from './ui/kiosk/laterChunk';
import { readKioskSettings } from './ui/kiosk/settingsReader';

// None of these is needed for the kiosk's first screen, so they load only when asked for; the
// line after a pairing link only ever shows once the background work has paired the tablet.
const staffApp = chunk(() => import('./ui/staff/StaffApp'));
const StaffGate = fromChunk(
  chunk(() => import('./ui/staff/StaffGate')),
  (m) => m.StaffGate,
);
const StaffApp = fromChunk(staffApp, (m) => m.StaffApp);
const CoordinatorApp = fromChunk(
  chunk(() => import('./ui/coordinator/CoordinatorApp')),
  (m) => m.CoordinatorApp,
);
const PairedNotice = fromChunk(laterScreens, (m) => m.PairedNotice);

type Mode = 'kiosk' | 'gate' | 'staff';

interface View {
  mode: Mode;
  language: LanguageCode;
  /** Changes with every change of mode, so nothing of the last mode (a chosen language) lingers. */
  epoch: number;
  /** What the very first kiosk screen read before it showed; later ones read it themselves. */
  start?: KioskStart;
}

/** Whether the address is the coordinator page, under whatever base path the app is served. */
export function isCoordinatorPath(
  pathname: string,
  base: string = import.meta.env.BASE_URL,
): boolean {
  const path = pathname.replace(/\/+$/, '');
  return path === `${base.replace(/\/+$/, '')}/coordinator`;
}

function centreLanguage(): Promise<LanguageCode> {
  return readKioskSettings().then(
    (settings) => settings.language,
    () => DEFAULT_LANGUAGE,
  );
}

/** The centre's language with its strings loaded, so the first screen shows in one go. */
function centreLanguageLoaded(): Promise<LanguageCode> {
  return centreLanguage().then((language) =>
    messageCatalog.load(language, false).then(
      () => language,
      // The provider falls back to Danish and says why.
      () => language,
    ),
  );
}

interface AppProps {
  pathname?: string;
  /** Told once the first screen is up, for the work that can wait until then. */
  onShown?: () => void;
}

export function App({ pathname = location.pathname, onShown }: AppProps) {
  const coordinator = isCoordinatorPath(pathname);
  // The first screen waits the few milliseconds the settings take, rather than flashing
  // Danish before the centre's own language.
  const [view, setView] = useState<View | null>(null);
  const epochs = useRef(0);
  useEffect(() => {
    if (coordinator) {
      void centreLanguageLoaded().then((language) =>
        setView({ mode: 'kiosk', language, epoch: 0 }),
      );
    } else {
      void readKioskStart().then((start) =>
        setView({ mode: 'kiosk', language: start.language, epoch: 0, start }),
      );
    }
  }, []);
  // The coordinator page has no kiosk screen to wait for.
  useEffect(() => {
    if (coordinator && view !== null) onShown?.();
  }, [coordinator, view, onShown]);

  // The switch itself is immediate (locking must never wait for storage); the centre's language,
  // which staff may just have changed, follows when read.
  const go = (mode: Mode) => {
    if (mode === 'gate') void staffApp.load();
    epochs.current += 1;
    const epoch = epochs.current;
    setView({ mode, language: view?.language ?? DEFAULT_LANGUAGE, epoch });
    void centreLanguage().then((language) =>
      setView((old) => (old !== null && old.epoch === epoch ? { ...old, language } : old)),
    );
  };

  if (view === null) return null;
  const page = (() => {
    if (coordinator) return <CoordinatorApp />;
    switch (view.mode) {
      case 'kiosk':
        return (
          <>
            <Kiosk onStaffEntry={() => go('gate')} onShown={onShown} start={view.start} />
            <PairedNotice />
          </>
        );
      case 'gate':
        return <StaffGate onUnlock={() => go('staff')} onCancel={() => go('kiosk')} />;
      case 'staff':
        return <StaffApp onLeave={() => go('kiosk')} />;
    }
  })();
  return (
    // Staff text exists in Danish, English and Arabic: other centre languages meet staff in Danish.
    <I18nProvider
      key={view.epoch}
      initial={view.mode === 'kiosk' ? view.language : staffLanguage(view.language)}
      staff={view.mode !== 'kiosk'}
    >
      {page}
    </I18nProvider>
  );
}
