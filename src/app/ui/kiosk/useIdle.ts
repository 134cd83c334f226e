// Notices when nobody has touched the kiosk for a while. The clock starts at a touch, not when
// a screen appears: an untouched first screen is simply waiting for the next woman and never
// needs a "still here?". Changing `epoch` (a new check-in) forgets the last touch.
import { useEffect, useRef } from 'preact/hooks';

const INPUT_EVENTS = ['pointerdown', 'keydown'] as const;

interface IdleOptions {
  seconds: number;
  /** No clock while paused (the "still here?" question is showing, the thank-you screen). */
  paused: boolean;
  /** A new value starts afresh: no clock until the next touch. */
  epoch: unknown;
  /** A touch seen before this clock started (on the first screen, Kiosk.tsx): it counts from now. */
  touched?: boolean;
  onIdle: () => void;
}

export function useIdle({
  seconds,
  paused,
  epoch,
  touched: before = false,
  onIdle,
}: IdleOptions): void {
  const idle = useRef(onIdle);
  idle.current = onIdle;
  const touched = useRef(before);
  const touchedIn = useRef(epoch);

  useEffect(() => {
    if (touchedIn.current === epoch) return;
    touchedIn.current = epoch;
    touched.current = false;
  }, [epoch]);

  useEffect(() => {
    if (paused) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.current(), seconds * 1000);
    };
    const onInput = () => {
      touched.current = true;
      restart();
    };
    // Coming back from a pause after a touch (she said she is still here): count again.
    if (touched.current) restart();
    for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, true);
    return () => {
      clearTimeout(timer);
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, true);
    };
  }, [seconds, paused, epoch]);
}
