// What a kiosk left running for months needs from the device while it shows: the screen kept on,
// and no long-press menus, selection or zoom from stray hands. Started by KioskCare.tsx once the
// later screens' chunk is in, a moment after the first screen; nothing on that screen needs it sooner.
import { keepScreenOn } from '../../pwa/wakeLock';
import { guardKioskTouch } from './touchGuard';

/** Starts both; the function returned ends both. */
export function startKioskCare(): () => void {
  const letScreenSleep = keepScreenOn();
  const unguard = guardKioskTouch();
  return () => {
    letScreenSleep();
    unguard();
  };
}
