// The screen kept on and stray gestures refused while the kiosk shows (kioskCare.ts); both end
// when the kiosk gives way to the staff screens, also if that happens before the chunk is in.
import { useEffect } from 'preact/hooks';

export function useKioskCare(): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let left = false;
    import('./kioskCare').then(
      ({ startKioskCare }) => {
        if (!left) stop = startKioskCare();
      },
      (error: unknown) => console.error('The kiosk’s screen care could not start.', error),
    );
    return () => {
      left = true;
      stop?.();
    };
  }, []);
}
