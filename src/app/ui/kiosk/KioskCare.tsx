// What runs beside the kiosk's screens and draws nothing: the screen kept on with stray gestures
// refused (kioskCare.ts), and a new version taken over while nobody uses the kiosk
// (useIdleUpdate.ts). It comes with the later screens' chunk, requested as the app starts; none of
// it is needed for the first screen to show. Both end when the kiosk gives way to the staff screens.
import { useEffect } from 'preact/hooks';
import { startKioskCare } from './kioskCare';
import { useIdleUpdate } from './useIdleUpdate';

interface KioskCareProps {
  /** The first screen shows with nothing on top of it and no check-in begun. */
  atStart: boolean;
}

export function KioskCare({ atStart }: KioskCareProps) {
  useEffect(() => startKioskCare(), []);
  useIdleUpdate(atStart);
  return null;
}
