// The handle on the later screens' chunk (laterScreens.ts) and the parts of it the frame draws,
// apart from the rest of chunks.ts: the first screen imports these, and whatever it imports comes
// with it, so the flow's own list of chunks stays with the flow.
import { StaffEntryMarkShape } from '../staff/StaffEntryMarkShape';
import { chunk, fromChunk } from './fromChunk';

export const laterScreens = chunk(() => import('./laterScreens'));
export const SpeakButton = fromChunk(laterScreens, (m) => m.SpeakButton);
// Its look is drawn at once, so the bar does not move when the long press comes.
export const StaffEntryMark = fromChunk(laterScreens, (m) => m.StaffEntryMark, StaffEntryMarkShape);
