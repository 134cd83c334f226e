// Which women the pictures show: with a headscarf, without one, or both, alternating where several
// women appear on one screen. The centre chooses in its settings; the kiosk hands the choice down
// by context, so every woman picture on every screen follows it without reading the settings.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type WomanLook = 'both' | 'headscarf' | 'bareheaded';

/** Outside the kiosk (the staff view, tests) both looks, as a new kiosk shows them. */
export const WomanLookContext = createContext<WomanLook>('both');

/** Whether the woman in `slot` wears a headscarf: in a mixed kiosk even slots do, odd ones do not. */
export function wearsHeadscarf(look: WomanLook, slot: number): boolean {
  return look === 'both' ? slot % 2 === 0 : look === 'headscarf';
}

export function useHeadscarf(slot: number): boolean {
  return wearsHeadscarf(useContext(WomanLookContext), slot);
}
