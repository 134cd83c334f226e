// What a kiosk left running for months needs from the device while it shows: the screen kept on,
// and no long-press menus, selection or zoom from stray hands. A chunk of its own, started by
// useKioskCare a moment after the first screen is drawn; nothing on that screen needs it sooner.
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
