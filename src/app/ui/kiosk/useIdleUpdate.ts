// A new version (a waiting service worker, or a database another tab has upgraded) takes over only
// while nobody is using the kiosk: on the first screen, untouched for UPDATE_QUIET_MS. A touch starts
// the wait again and leaving the first screen (a woman begins) stops it, so a check-in in progress is
// never interrupted; her visit, once saved, is in the database and survives the reload.
import { useEffect, useState } from 'preact/hooks';
import { newerSchemaElsewhere, onNewerSchema } from '../../data/connection';
import {
  applyWaitingUpdate,
  isUpdateWaiting,
  onUpdateWaiting,
  reloadPage,
} from '../../pwa/register';

export const UPDATE_QUIET_MS = 30_000;

const TOUCHES = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

const somethingNew = () => isUpdateWaiting() || newerSchemaElsewhere();

function takeOver(): void {
  if (isUpdateWaiting() && applyWaitingUpdate()) return;
  if (newerSchemaElsewhere()) reloadPage();
}

/** `atStart`: the first screen shows with nothing on top of it and no check-in begun. */
export function useIdleUpdate(atStart: boolean, quietMs: number = UPDATE_QUIET_MS): void {
  const [waiting, setWaiting] = useState(somethingNew);

  useEffect(() => {
    const found = () => setWaiting(true);
    const stopUpdates = onUpdateWaiting(found);
    const stopSchema = onNewerSchema(found);
    // Found between the first render and now.
    if (somethingNew()) found();
    return () => {
      stopUpdates();
      stopSchema();
    };
  }, []);

  useEffect(() => {
    if (!waiting || !atStart) return;
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
  }, [waiting, atStart, quietMs]);
}
