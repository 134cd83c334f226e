// The kiosk's settings as it reads them (data/kioskSettings.ts, with the lists of countries and
// municipalities it checks them against) are a chunk of their own, requested as the app starts:
// the first screen waits for its settings anyway, and their read from the database, which starts
// the database, takes longer than this small fetch from the precache beside it.
import type * as Reader from '../../data/kioskSettings';
import type { KioskSettings } from '../../data/kioskSettings';
import { chunk } from './fromChunk';

export const settingsReader = chunk(() => import('../../data/kioskSettings'));

/**
 * The settings, or the defaults where they cannot be read. Once the chunk is in, the read starts
 * at once, inside the caller's live query (data/live.ts), which then follows every change.
 */
export function readKioskSettings(): Promise<KioskSettings> {
  const read = (reader: typeof Reader) =>
    reader.getKioskSettings().catch((error: unknown) => {
      console.error('The kiosk settings could not be read; using the defaults.', error);
      return reader.defaultKioskSettings();
    });
  const loaded = settingsReader.loaded();
  return loaded ? read(loaded) : settingsReader.load().then(read);
}
