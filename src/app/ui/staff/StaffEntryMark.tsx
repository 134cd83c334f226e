// The staff's way in from the kiosk: a small, quiet mark in a corner that opens the PIN pad only
// after it is held for about two seconds. A tap, a swipe across it or a finger that slides off does
// nothing, so a woman brushing the corner never lands anywhere but the kiosk.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import { STAFF_ENTRY } from '../../i18n/messages/staff/entry';
import './StaffEntryMark.css';

export const HOLD_MS = 2000;
/** A finger rests, it does not stay perfectly still; more movement than this is a swipe. */
const MOVE_TOLERANCE_PX = 12;

interface StaffEntryMarkProps {
  onOpen: () => void;
}

export function StaffEntryMark({ onOpen }: StaffEntryMarkProps) {
  const { staffLang } = useI18n();
  const [holding, setHolding] = useState(false);
  const press = useRef<{ timer: ReturnType<typeof setTimeout>; x: number; y: number } | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  const cancel = () => {
    if (press.current) clearTimeout(press.current.timer);
    press.current = null;
    setHolding(false);
  };

  useEffect(() => cancel, []);

  const hold = (x: number, y: number) => {
    cancel();
    const timer = setTimeout(() => {
      press.current = null;
      setHolding(false);
      open.current();
    }, HOLD_MS);
    press.current = { timer, x, y };
    setHolding(true);
  };

  const start = (event: PointerEvent) => {
    if (event.button > 0) return;
    hold(event.clientX, event.clientY);
  };

  // Holding Enter or Space does the same for someone on a keyboard.
  const keyDown = (event: KeyboardEvent) => {
    if ((event.key === 'Enter' || event.key === ' ') && !event.repeat) hold(0, 0);
  };

  const move = (event: PointerEvent) => {
    const held = press.current;
    if (!held) return;
    if (Math.hypot(event.clientX - held.x, event.clientY - held.y) > MOVE_TOLERANCE_PX) cancel();
  };

  return (
    <button
      type="button"
      class={holding ? 'staff-entry-mark staff-entry-mark--holding' : 'staff-entry-mark'}
      aria-label={STAFF_ENTRY[staffLang]}
      data-action="staff"
      onPointerDown={start}
      onPointerMove={move}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onKeyDown={keyDown}
      onKeyUp={cancel}
      onBlur={cancel}
      // No long-press menu, and a click (a tap, or Enter on a keyboard) does nothing by design.
      onContextMenu={(event) => event.preventDefault()}
      onClick={(event) => event.preventDefault()}
    >
      <span class="staff-entry-mark__dot" aria-hidden="true" />
    </button>
  );
}
