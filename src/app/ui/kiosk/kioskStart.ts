// What the kiosk's first screen waits for, asked all at once rather than one after the other: the
// settings (its language and flags), the test write (whether a visit can be kept at all) and the
// strings of the centre's language. On a slow tablet each is a round trip to IndexedDB or the
// precache; in a row they were most of a cold start.
import type { KioskSettings } from '../../data/kioskSettings';
import type { StorageCheck } from '../../data/storageCheck';
import { checkStorage } from '../../data/storageCheck';
import type { LanguageCode } from '../../i18n/languages/languages';
import { DEFAULT_LANGUAGE } from '../../i18n/languages/languages';
import { messageCatalog } from '../../i18n/messages/catalog';
import { readKioskSettings } from './settingsReader';

export interface KioskStart {
  language: LanguageCode;
  /** null when they could not be read: the kiosk then keeps trying, with the defaults meanwhile. */
  settings: KioskSettings | null;
  storage: StorageCheck;
}

/** Never fails: what cannot be read is null, or a failed check, or Danish. */
export function readKioskStart(): Promise<KioskStart> {
  const settings = readKioskSettings().catch(() => null);
  // Danish is most centres' language, and stands in for one that cannot be fetched: asked for at
  // once, beside the settings, rather than after them.
  void messageCatalog.load(DEFAULT_LANGUAGE, false).catch(() => undefined);
  const language = settings.then((read) => {
    const code = read?.language ?? DEFAULT_LANGUAGE;
    // A language that cannot load falls back to Danish in the provider, which says why.
    return messageCatalog.load(code, false).then(
      () => code,
      () => code,
    );
  });
  return Promise.all([language, settings, checkStorage()]).then(([code, read, storage]) => ({
    language: code,
    settings: read,
    storage,
  }));
}
