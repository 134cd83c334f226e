// The frame around every kiosk screen: languages, "start over" and "help" always in the same
// place, so a woman who has found them once finds them again. Languages are named in their own
// script (never flags) and marked with their own lang, so speech reads each name correctly.
// The frame holds what its speaker reads: the screen inside publishes it (sound/ReadAloud.tsx),
// and any tap in the frame's bar (start over, help, a language) stops a reading under way. The
// speaker comes with the later screens' chunk, a moment after the first screen: it shows only
// where there is a voice or a recording, which is itself known only after a moment.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { LANGUAGES } from '../../i18n/languages/languages';
import type { LanguageCode } from '../../i18n/languages/languages';
import type { PromptId } from '../../data/soundItems';
import { Help } from '../pictograms/Help';
import { StartOver } from '../pictograms/StartOver';
import { ReadAloudProvider } from '../sound/ReadAloud';
import { useChunk } from './fromChunk';
import { laterScreens, SpeakButton, StaffEntryMark } from './laterChunk';
import './KioskFrame.css';

// What the speaker says on each screen: the question it asks (the long lists ask the same one).
const SCREEN_PROMPTS: Partial<Record<string, PromptId>> = {
  country: 'country',
  'all-countries': 'country',
  municipality: 'municipality',
  'all-municipalities': 'municipality',
  party: 'party',
  summary: 'summary',
  thanks: 'thanks',
};

interface KioskFrameProps {
  /** Which screen is showing; carried as data-screen for styling and browser tests. */
  screen: string;
  onStartOver: () => void;
  onHelp: () => void;
  /** The languages staff offer (settings); all of them when not given. */
  languages?: readonly LanguageCode[];
  /** Opens the staff PIN pad after a long press on a small mark in the corner; no mark without it. */
  onStaffEntry?: () => void;
  children: ComponentChildren;
}

export function KioskFrame({
  screen,
  onStartOver,
  onHelp,
  languages,
  onStaffEntry,
  children,
}: KioskFrameProps) {
  const { lang, t, setLang } = useI18n();
  const prompt = SCREEN_PROMPTS[screen];
  // The store comes with the speaker, a moment after the first screen; its screen's script is
  // published to it as it comes.
  const later = useChunk(laterScreens);
  const readAloud = useMemo(() => later?.createReadAloud() ?? null, [later]);
  // What she taps next is what she wants now: the reading stops rather than talk over it.
  const quietly = (action: () => void) => () => {
    readAloud?.stop();
    action();
  };
  // A single language needs no button to choose it.
  const offered = LANGUAGES.filter((language) => languages?.includes(language.code) ?? true);
  return (
    <ReadAloudProvider store={readAloud}>
      <div class="kiosk-frame" data-screen={screen}>
        <header class="kiosk-frame__bar">
          <div class="kiosk-frame__languages" role="group" aria-label={t('nav.language')}>
            {(offered.length > 1 ? offered : []).map((language) => (
              <button
                key={language.code}
                type="button"
                class="kiosk-frame__language"
                lang={language.code}
                dir={language.dir}
                aria-pressed={language.code === lang}
                onClick={quietly(() => setLang(language.code))}
              >
                {language.name}
              </button>
            ))}
          </div>
          <div class="kiosk-frame__actions">
            {prompt && (
              <SpeakButton key={prompt} prompt={prompt} readsScreen class="kiosk-frame__action" />
            )}
            <button
              type="button"
              class="kiosk-frame__action"
              data-action="start-over"
              onClick={quietly(onStartOver)}
            >
              <StartOver />
              <span>{t('nav.startOver')}</span>
            </button>
            <button
              type="button"
              class="kiosk-frame__action"
              data-action="help"
              onClick={quietly(onHelp)}
            >
              <Help />
              <span>{t('nav.help')}</span>
            </button>
            {onStaffEntry && <StaffEntryMark onOpen={quietly(onStaffEntry)} />}
          </div>
        </header>
        <main class="kiosk-frame__main">{children}</main>
      </div>
    </ReadAloudProvider>
  );
}
