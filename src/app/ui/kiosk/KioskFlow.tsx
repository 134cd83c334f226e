// The kiosk from the first question to the thank-you: which screen shows, saving the check-in
// before thanking her (never the other way round), undo, help, and the gentle "still here?"
// after a minute without a touch. Nothing of an unfinished check-in is ever saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../../data/live';
import type { KioskSettings } from '../../data/kioskSettings';
import { useI18n } from '../../i18n/I18n';
import { DEFAULT_LANGUAGE } from '../../i18n/languages/languages';
import { useOptionalServices } from '../../services/ServicesProvider';
import { WomanLookContext } from '../pictograms/womanLook';
import { CountryScreen } from './CountryScreen';
import { KioskFrame } from './KioskFrame';
import {
  AllCountries,
  AllMunicipalities,
  HelpDialog,
  KioskCare,
  loadWrites,
  MunicipalityScreen,
  PartyScreen,
  StillHere,
  StorageTrouble,
  SummaryScreen,
  ThanksScreen,
} from './chunks';
import type { FirstTap } from './FirstScreen';
import type { KioskStart } from './kioskStart';
import type { Step } from './useCheckInFlow';
import { useCheckInFlow } from './useCheckInFlow';
import { readKioskSettings } from './settingsReader';
import { useIdle } from './useIdle';
import { useStorageCheck } from './useStorageCheck';
import { VolunteerButton } from './VolunteerButton';

const SCREEN_NAMES: Record<Step, string> = {
  country: 'country',
  moreCountries: 'all-countries',
  municipality: 'municipality',
  moreMunicipalities: 'all-municipalities',
  party: 'party',
  summary: 'summary',
  thanks: 'thanks',
};

interface KioskFlowProps {
  /** The staff's way in (a long press on the corner mark); the kiosk shows no mark without it. */
  onStaffEntry?: () => void;
  /** Told once the first screen (a question, or the storage trouble) is on the page. */
  onShown?: () => void;
  /** Settings and test write already read for this opening; without it the kiosk reads them. */
  start?: KioskStart;
  /** Taps on the first screen drawn before the flow came (Kiosk.tsx), acted on in order. */
  firstTaps?: readonly FirstTap[];
  /** Whether the first screen was touched before the flow came: the idle clock then runs. */
  touched?: boolean;
}

export function KioskFlow({
  onStaffEntry,
  onShown,
  start,
  firstTaps = [],
  touched = false,
}: KioskFlowProps = {}) {
  const { setLang } = useI18n();
  // The page's services come a moment after the first screen (main.tsx), long before a save; read
  // when a save ends, which may be after they came.
  const services = useOptionalServices();
  const latestServices = useRef(services);
  latestServices.current = services;
  const requestSync = () => latestServices.current?.sync.request();
  const flow = useCheckInFlow();
  const { step, answers, partyId, kind, editing, saving, saveFailed } = flow.state;
  // Live: what staff change in the settings shows at once, without a reload. Where they cannot be
  // read the kiosk still welcomes people, with the defaults.
  const settings = useLiveQuery<KioskSettings | null>(
    readKioskSettings,
    [],
    start?.settings ?? null,
  );
  const [helpOpen, setHelpOpen] = useState(false);
  const [stillHere, setStillHere] = useState(false);
  // A save refused because the storage is full: trying again cannot help, staff can.
  const [needsStaff, setNeedsStaff] = useState(false);
  const storage = useStorageCheck(start?.storage);
  // A new version takes over only on the untouched first screen, never mid-check-in.
  const atStart =
    storage.ok === false || (step === 'country' && !editing && !saving && !helpOpen && !stillHere);

  const startOver = () => {
    setHelpOpen(false);
    setStillHere(false);
    flow.startOver();
  };

  // Between two women: the next one is greeted in the centre's language.
  const welcomeNext = () => {
    startOver();
    setLang(settings?.language ?? DEFAULT_LANGUAGE);
  };

  useIdle({
    // Listening from the start, so no touch goes unseen; a new kiosk's minute until the settings
    // are read (a moment, with nothing on the screen yet).
    seconds: settings?.idleSeconds ?? 60,
    paused: stillHere || step === 'thanks',
    epoch: partyId,
    touched,
    onIdle: () => {
      setHelpOpen(false);
      setStillHere(true);
    },
  });

  const confirm = async () => {
    if (!flow.confirm()) return;
    let full = false;
    try {
      // Fetched ahead after the first screen; if it could not be, this waits for it here.
      const { recordCheckInDurably, StorageFullError } = await loadWrites();
      await recordCheckInDurably({ partyId, kind: 'visitor', ...answers }).catch(
        (error: unknown) => {
          full = error instanceof StorageFullError;
          throw error;
        },
      );
      flow.saved(partyId);
      requestSync();
    } catch (error) {
      // Not stored, so no thank-you: the answers stay on the summary for another try.
      console.error('The check-in could not be saved.', error);
      setNeedsStaff(full);
      flow.saveFailed(partyId);
    }
  };

  // A volunteer's day: one tap on the first screen, no questions, its own thank-you.
  const volunteer = async () => {
    if (!flow.volunteer()) return;
    try {
      const { recordCheckInDurably } = await loadWrites();
      await recordCheckInDurably({
        partyId,
        kind: 'volunteer',
        adult: true,
        children: 0,
        country: null,
        municipality: null,
      });
      flow.saved(partyId);
      requestSync();
    } catch (error) {
      console.error('The volunteer’s day could not be saved.', error);
      flow.saveFailed(partyId);
    }
  };

  useEffect(() => {
    for (const tap of firstTaps) {
      if (tap.type === 'help') setHelpOpen(true);
      else if (tap.type === 'more') flow.showMore();
      else if (tap.type === 'country') flow.chooseCountry(tap.code);
      else void volunteer();
    }
  }, []);

  const shown = settings !== null && storage.ok !== null;
  useEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);

  const screen = (() => {
    if (!settings || storage.ok === null) return null;
    if (!storage.ok) return <StorageTrouble onRetry={storage.retry} checking={storage.checking} />;
    switch (step) {
      case 'country':
        return (
          <CountryScreen
            featured={settings.featuredCountries}
            onChoose={flow.chooseCountry}
            onMore={flow.showMore}
          />
        );
      case 'moreCountries':
        return <AllCountries onChoose={flow.chooseCountry} onBack={flow.back} />;
      case 'municipality':
        return (
          <MunicipalityScreen
            featured={settings.featuredMunicipalities}
            onChoose={flow.chooseMunicipality}
            onMore={flow.showMore}
          />
        );
      case 'moreMunicipalities':
        return <AllMunicipalities onChoose={flow.chooseMunicipality} onBack={flow.back} />;
      case 'party':
        return (
          <PartyScreen
            onChoose={flow.chooseParty}
            initial={editing ? { adult: answers.adult, children: answers.children } : undefined}
          />
        );
      case 'summary':
        return (
          <SummaryScreen
            answers={answers}
            onEdit={flow.edit}
            onConfirm={confirm}
            saving={saving}
            saveFailed={saveFailed}
            needsStaff={needsStaff}
          />
        );
      case 'thanks':
        return (
          <ThanksScreen
            kind={kind}
            onUndo={() =>
              loadWrites().then(({ undoCheckIn }) => undoCheckIn(partyId).then(() => requestSync()))
            }
            onDone={welcomeNext}
          />
        );
    }
  })();

  // The volunteers' button stays apart from the women's choices, below them on the first screen;
  // not while she is changing her country from the summary: her answers are on the way.
  const volunteerButton =
    storage.ok === true && settings !== null && step === 'country' && !editing ? (
      <VolunteerButton
        onVolunteer={() => void volunteer()}
        saving={saving && kind === 'volunteer'}
        failed={saveFailed && kind === 'volunteer'}
      />
    ) : null;

  return (
    // Both looks until the settings are read, as a new kiosk shows them (nothing shows before).
    <WomanLookContext.Provider value={settings?.womanPictures ?? 'both'}>
      <KioskFrame
        screen={storage.ok === false ? 'storage-trouble' : SCREEN_NAMES[step]}
        // After a check-in the next woman is at the screen: start over greets her as the
        // automatic return does, in the centre's language. Mid-check-in it keeps her language.
        onStartOver={step === 'thanks' ? welcomeNext : startOver}
        onHelp={() => setHelpOpen(true)}
        onStaffEntry={onStaffEntry}
        languages={settings?.languagesOffered ?? []}
      >
        {screen}
        {volunteerButton}
        {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
        <KioskCare atStart={atStart} />
        {stillHere && <StillHere onStay={() => setStillHere(false)} onTimeout={welcomeNext} />}
      </KioskFrame>
    </WomanLookContext.Provider>
  );
}
