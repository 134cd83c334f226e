// The speaker's reading, in a chunk of its own: fetched ahead once the kiosk is up (chunks.ts), so
// the first tap on a speaker finds it there and can start speaking within the tap itself.
import type * as ReadScript from './readScript';

type Reader = typeof ReadScript;

let loaded: Reader | undefined;

export const loadReader = (): Promise<Reader> =>
  import('./readScript').then((reader) => (loaded = reader));

/** The reading, once it has loaded. */
export const loadedReader = (): Reader | undefined => loaded;
