// What background.ts fetches once the first screen is up, so that no tap waits for it: every
// screen past the first, the check-in worker and the speaker's reading. Component tests fetch the
// same before they tap (testSetup.ts).
import { loadReader } from '../sound/loadReader';
import { allCountries, allMunicipalities, laterScreens, loadWrites } from './chunks';
import { settingsReader } from './settingsReader';

/** Every screen past the first, fetched: the app right after its first screen, tests before they tap. */
export const loadKioskScreens = (): Promise<unknown> =>
  Promise.all([
    laterScreens.load(),
    allCountries.load(),
    allMunicipalities.load(),
    settingsReader.load(),
  ]);

export function preloadKiosk(): void {
  const loaded = (error: unknown) => console.error('A part of the kiosk did not load.', error);
  loadWrites()
    .then(({ startCheckInWorker }) => startCheckInWorker())
    .catch(loaded);
  loadKioskScreens().catch(loaded);
  // The speaker's reading too, so the first tap on a speaker plays at once.
  loadReader().catch(loaded);
}
