// The kiosk's first screen as it is drawn before the check-in flow's code has come (Kiosk.tsx):
// the same frame, tiles and volunteers' button the flow draws there, with every tap that would
// leave the screen handed up to be kept for the flow. Languages switch here and now, as always.
import { CountryScreen } from './CountryScreen';
import { KioskFrame } from './KioskFrame';
import { VolunteerButton } from './VolunteerButton';
import type { LanguageCode } from '../../i18n/languages/languages';

/** A tap on the first screen that the flow acts on once it is there. */
export type FirstTap =
  | { type: 'country'; code: string | null }
  | { type: 'more' }
  | { type: 'volunteer' }
  | { type: 'help' };

interface FirstScreenProps {
  featured: readonly string[];
  languages: readonly LanguageCode[];
  onTap: (tap: FirstTap) => void;
  /** Start over: nothing is begun yet, so only what was kept is forgotten. */
  onStartOver: () => void;
  onStaffEntry?: () => void;
}

export function FirstScreen({
  featured,
  languages,
  onTap,
  onStartOver,
  onStaffEntry,
}: FirstScreenProps) {
  return (
    <KioskFrame
      screen="country"
      onStartOver={onStartOver}
      onHelp={() => onTap({ type: 'help' })}
      onStaffEntry={onStaffEntry}
      languages={languages}
    >
      <CountryScreen
        featured={featured}
        onChoose={(code) => onTap({ type: 'country', code })}
        onMore={() => onTap({ type: 'more' })}
      />
      <VolunteerButton
        onVolunteer={() => onTap({ type: 'volunteer' })}
        saving={false}
        failed={false}
      />
    </KioskFrame>
  );
}
