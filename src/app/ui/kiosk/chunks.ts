// The kiosk's code past its first screen, in chunks of their own. background.ts fetches them once
// that screen is up, so a tap never waits for one; a module once fetched answers the next import()
// at once.
import { loadReader } from '../sound/loadReader';

export const loadWrites = () => import('./writes');
export const loadAllCountries = () => import('./AllCountries');
export const loadAllMunicipalities = () => import('./AllMunicipalities');

export function preloadKiosk(): void {
  const loaded = (error: unknown) => console.error('A part of the kiosk did not load.', error);
  loadWrites()
    .then(({ startCheckInWorker }) => startCheckInWorker())
    .catch(loaded);
  // The speaker's reading, so the first tap on a speaker plays at once.
  for (const load of [loadAllCountries, loadAllMunicipalities, loadReader]) load().catch(loaded);
}
