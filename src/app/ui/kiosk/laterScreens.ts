// Everything the kiosk shows after its first question, in one chunk of its own: the check-in flow
// itself, the municipality, the party, the summary and the thank-you, what can open over any screen
// (help, "still here?") or instead of it (storage trouble), and what the first screen does without
// for its first paint (the steps of the check-in, the speaker and what it reads, the staff mark's
// long press, the screen care and the update at an idle moment, the line after a pairing link).
// The first screen is drawn without it (FirstScreen.tsx) and requests it as soon as it is drawn,
// so it is there well before a first tap; a tap before that is kept until it comes (Kiosk.tsx).
export { PairedNotice } from '../PairedNotice';
export { SpeakButton } from '../sound/SpeakButton';
export { createReadAloud } from '../sound/readAloudStore';
export { StaffEntryMark } from '../staff/StaffEntryMark';
export { KioskFlow } from './KioskFlow';
export { KioskCare } from './KioskCare';
export { HelpDialog } from './HelpDialog';
export { MunicipalityScreen } from './MunicipalityScreen';
export { PartyScreen } from './PartyScreen';
export { StillHere } from './StillHere';
export { StorageTrouble } from './StorageTrouble';
export { SummaryScreen } from './SummaryScreen';
export { ThanksScreen } from './ThanksScreen';
