// What a kiosk left running for months needs from the device while it shows: the screen kept on,
// and no long-press menus, selection or zoom from stray hands. Both end when the kiosk gives way to
// the staff screens.
import { useEffect } from 'preact/hooks';
import { keepScreenOn } from '../../pwa/wakeLock';
import { guardKioskTouch } from './touchGuard';

export function useKioskCare(): void {
  useEffect(() => {
    const letScreenSleep = keepScreenOn();
    const unguard = guardKioskTouch();
    return () => {
      letScreenSleep();
      unguard();
    };
  }, []);
}
