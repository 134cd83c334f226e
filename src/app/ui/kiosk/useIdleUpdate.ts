// A new version (a waiting service worker, or a database another tab has upgraded) takes over only
// while nobody is using the kiosk: on the first screen, untouched for UPDATE_QUIET_MS. A touch starts
// the wait again and leaving the first screen (a woman begins) stops it, so a check-in in progress is
// never interrupted; her visit, once saved, is in the database and survives the reload. The page's
// update state comes a moment after the first screen (main.tsx); until then only a newer database
// is looked for.
import { useEffect, useState } from 'preact/hooks';
import { newerSchemaElsewhere, onNewerSchema } from '../../data/connection';
import { useOptionalServices } from '../../services/ServicesProvider';

export const UPDATE_QUIET_MS = 30_000;

const TOUCHES = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/** `atStart`: the first screen shows with nothing on top of it and no check-in begun. */
export function useIdleUpdate(atStart: boolean, quietMs: number = UPDATE_QUIET_MS): void {
  const updates = useOptionalServices()?.updates ?? null;
  const somethingNew = () => updates?.isWaiting() === true || newerSchemaElsewhere();
  const [waiting, setWaiting] = useState(somethingNew);

  useEffect(() => {
    const found = () => setWaiting(true);
    const stopUpdates = updates?.onWaiting(found);
    const stopSchema = onNewerSchema(found);
    // Found between the first render and now.
    if (somethingNew()) found();
    return () => {
      stopUpdates?.();
      stopSchema();
    };
  }, [updates]);

  useEffect(() => {
    if (!waiting || !atStart || updates === null) return;
    const takeOver = () => {
      if (updates.isWaiting() && updates.apply()) return;
      if (newerSchemaElsewhere()) updates.reload();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(takeOver, quietMs);
    };
    restart();
    for (const type of TOUCHES) document.addEventListener(type, restart, true);
    return () => {
      clearTimeout(timer);
      for (const type of TOUCHES) document.removeEventListener(type, restart, true);
    };
  }, [waiting, atStart, quietMs, updates]);
}
