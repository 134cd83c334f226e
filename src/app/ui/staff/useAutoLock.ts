// Calls onLock once nobody has touched the screen for `ms`. Time is read from the clock rather
// than trusted to one long timer, so a tablet that slept with the staff view open locks as soon as
// it wakes if the time has passed.
import { useEffect, useRef } from 'preact/hooks';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

export function useAutoLock(ms: number, onLock: () => void): void {
  const lock = useRef(onLock);
  lock.current = onLock;

  useEffect(() => {
    let last = Date.now();
    let locked = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      clearTimeout(timer);
      if (locked) return;
      const left = last + ms - Date.now();
      if (left <= 0) {
        locked = true;
        lock.current();
      } else {
        // A touch only moves `last`; the timer looks again when the time it knew of is up.
        timer = setTimeout(check, left);
      }
    };
    const touched = () => {
      last = Date.now();
    };
    const visible = () => {
      if (document.visibilityState === 'visible') check();
    };

    timer = setTimeout(check, ms);
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, touched, true);
    document.addEventListener('visibilitychange', visible);
    return () => {
      locked = true;
      clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, touched, true);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [ms]);
}
