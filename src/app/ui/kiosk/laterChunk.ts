// The handle on the later screens' chunk (laterScreens.ts) and the one part of it the frame draws,
// apart from the rest of chunks.ts: the first screen imports these, and whatever it imports comes
// with it, so the flow's own list of chunks stays with the flow.
import { chunk, fromChunk } from './fromChunk';

export const laterScreens = chunk(() => import('./laterScreens'));
export const SpeakButton = fromChunk(laterScreens, (m) => m.SpeakButton);
