// The staff's corner mark as it looks, drawn with the first screen before its long press has come
// (StaffEntryMark.tsx, with the later screens' chunk): the bar then does not move when it comes.
// Not a button yet, and hidden from screen readers, since a press on it could do nothing.
import './StaffEntryMark.css';

export function StaffEntryMarkShape() {
  return (
    <span class="staff-entry-mark" aria-hidden="true">
      <span class="staff-entry-mark__dot" />
    </span>
  );
}
