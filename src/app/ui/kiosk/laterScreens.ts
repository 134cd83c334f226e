// Everything the kiosk shows after its first question, in one chunk of its own: the municipality,
// the party, the summary and the thank-you, and what can open over any screen (help, "still
// here?") or instead of it (storage trouble). chunks.ts fetches it once the first screen is up.
export { HelpDialog } from './HelpDialog';
export { MunicipalityScreen } from './MunicipalityScreen';
export { PartyScreen } from './PartyScreen';
export { StillHere } from './StillHere';
export { StorageTrouble } from './StorageTrouble';
export { SummaryScreen } from './SummaryScreen';
export { ThanksScreen } from './ThanksScreen';
