// The kiosk's code past its first screen, in chunks of their own: the later screens' is requested
// as soon as the first screen is drawn (Kiosk.tsx), the rest a moment after (preloadKiosk.ts), so
// a tap never waits for one; a chunk once fetched is drawn at once (fromChunk.ts) and answers the
// next import() at once.
import { chunk, fromChunk } from './fromChunk';
import { laterScreens } from './laterChunk';

export { laterScreens };
export const loadWrites = () => import('./writes');
export const allCountries = chunk(() => import('./AllCountries'));
export const allMunicipalities = chunk(() => import('./AllMunicipalities'));

export const MunicipalityScreen = fromChunk(laterScreens, (m) => m.MunicipalityScreen);
export const PartyScreen = fromChunk(laterScreens, (m) => m.PartyScreen);
export const SummaryScreen = fromChunk(laterScreens, (m) => m.SummaryScreen);
export const ThanksScreen = fromChunk(laterScreens, (m) => m.ThanksScreen);
export const HelpDialog = fromChunk(laterScreens, (m) => m.HelpDialog);
export const StillHere = fromChunk(laterScreens, (m) => m.StillHere);
export const StorageTrouble = fromChunk(laterScreens, (m) => m.StorageTrouble);
export const KioskCare = fromChunk(laterScreens, (m) => m.KioskCare);
// Most women choose from the featured tiles: the long lists are chunks of their own.
export const AllCountries = fromChunk(allCountries, (m) => m.AllCountries);
export const AllMunicipalities = fromChunk(allMunicipalities, (m) => m.AllMunicipalities);
