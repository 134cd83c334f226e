// The kiosk as the app opens it: its first screen at once, drawn apart from the check-in flow
// (FirstScreen.tsx), then the flow itself, whose chunk the first screen asks for as soon as it is
// drawn. What she taps in between is kept and handed to the flow, and the flow takes over only
// between two touches, so no press (on a tile, or staff holding the corner mark) is cut in half.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FirstTap } from './FirstScreen';
import { FirstScreen } from './FirstScreen';
import type { Chunk } from './fromChunk';
import type { KioskStart } from './kioskStart';
import { laterScreens } from './laterChunk';
import type * as Later from './laterScreens';

const PRESS_STARTS = ['pointerdown', 'keydown'] as const;
const PRESS_ENDS = ['pointerup', 'pointercancel', 'keyup'] as const;
/** Longer than staff hold the corner mark (StaffEntryMark.tsx), which leaves the kiosk anyway. */
const LONGEST_PRESS_MS = 3000;

function pressKey(event: PointerEvent | KeyboardEvent): string {
  return 'pointerId' in event ? `pointer:${event.pointerId}` : `key:${event.key}`;
}

interface KioskProps {
  onStaffEntry?: () => void;
  /** Told once the first screen is on the page. */
  onShown?: () => void;
  /** What was read for this opening; without it (back from the staff view) the flow reads it. */
  start?: KioskStart;
  /** Where the flow comes from; a test gives a chunk that comes when it says. */
  flowFrom?: Chunk<typeof Later>;
}

export function Kiosk({ onStaffEntry, onShown, start, flowFrom = laterScreens }: KioskProps) {
  // Without its settings, or with storage that cannot keep a visit, the flow shows what it can.
  const settings = start?.storage.ok === true ? start.settings : null;
  const [flowShown, setFlowShown] = useState(
    () => settings === null || flowFrom.loaded() !== undefined,
  );
  const [, setArrived] = useState(false);
  const taps = useRef<FirstTap[]>([]);
  const touched = useRef(false);

  useEffect(() => {
    const failed = (error: unknown) => console.error('The kiosk’s check-in did not load.', error);
    if (flowShown) {
      if (flowFrom.loaded() === undefined) flowFrom.load().then(() => setArrived(true), failed);
      return;
    }
    onShown?.();
    let arrived = false;
    const pressed = new Set<string>();
    let handOver: ReturnType<typeof setTimeout> | undefined;
    const show = () => setFlowShown(true);
    // The flow takes over as its chunk comes, in the same render as the parts of the frame that
    // come with that chunk (the speaker, the staff mark), so none of them is drawn twice. During a
    // press it waits for the press's end and its click, which the first screen still takes; a
    // press whose end never comes (a finger that slid off the page) holds it back only so long.
    const takeOver = (afterClick: boolean) => {
      clearTimeout(handOver);
      if (!arrived) return;
      if (pressed.size > 0) handOver = setTimeout(show, LONGEST_PRESS_MS);
      else if (afterClick) handOver = setTimeout(show, 0);
      else show();
    };
    const press = (event: PointerEvent | KeyboardEvent) => {
      touched.current = true;
      pressed.add(pressKey(event));
      takeOver(false);
    };
    const release = (event: PointerEvent | KeyboardEvent) => {
      pressed.delete(pressKey(event));
      takeOver(true);
    };
    for (const type of PRESS_STARTS) document.addEventListener(type, press, true);
    for (const type of PRESS_ENDS) document.addEventListener(type, release, true);
    flowFrom.load().then(() => {
      arrived = true;
      takeOver(false);
    }, failed);
    return () => {
      clearTimeout(handOver);
      for (const type of PRESS_STARTS) document.removeEventListener(type, press, true);
      for (const type of PRESS_ENDS) document.removeEventListener(type, release, true);
    };
  }, [flowShown]);

  const flow = flowFrom.loaded();
  if (flowShown || settings === null) {
    if (flow === undefined) return null;
    return (
      <flow.KioskFlow
        onStaffEntry={onStaffEntry}
        onShown={onShown}
        start={start}
        firstTaps={taps.current}
        touched={touched.current}
      />
    );
  }
  const keep = (tap: FirstTap) => {
    // The first answer leaves the screen; a second tap on it before the flow came changes nothing.
    if (tap.type === 'help' || !taps.current.some((kept) => kept.type !== 'help')) {
      taps.current.push(tap);
    }
  };
  return (
    <FirstScreen
      featured={settings.featuredCountries}
      languages={settings.languagesOffered}
      onTap={keep}
      onStartOver={() => (taps.current = [])}
      onStaffEntry={onStaffEntry}
    />
  );
}
