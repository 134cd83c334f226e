// What a stray hand must not do to the kiosk: open a long-press menu, select or drag text and
// pictures, pinch the page bigger (Safari ignores the viewport's user-scalable=no, so its gesture
// events are refused here too), or zoom with a trackpad or the keyboard. CSS does the rest
// (user-select, touch-action, overscroll-behavior against pull-to-refresh). Only while the kiosk
// shows: the staff screens keep the browser's ordinary behaviour.

type Guarded = Pick<Document, 'addEventListener' | 'removeEventListener'>;

const ZOOM_KEYS = new Set(['+', '-', '=', '0']);

export function guardKioskTouch(target: Guarded = document): () => void {
  const refuse = (event: Event) => event.preventDefault();
  const pinch = (event: TouchEvent) => {
    if (event.touches.length > 1) event.preventDefault();
  };
  const wheelZoom = (event: WheelEvent) => {
    // A trackpad pinch arrives as a wheel event with ctrlKey set.
    if (event.ctrlKey) event.preventDefault();
  };
  const keyZoom = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) event.preventDefault();
  };
  const active = { passive: false, capture: true } as const;
  const handlers: [string, (event: never) => void, AddEventListenerOptions][] = [
    ['contextmenu', refuse, active],
    ['selectstart', refuse, active],
    ['dragstart', refuse, active],
    ['gesturestart', refuse, active],
    ['gesturechange', refuse, active],
    ['touchmove', pinch, active],
    ['wheel', wheelZoom, active],
    ['keydown', keyZoom, active],
  ];
  for (const [type, handler, options] of handlers) {
    target.addEventListener(type, handler as EventListener, options);
  }
  return () => {
    for (const [type, handler, options] of handlers) {
      target.removeEventListener(type, handler as EventListener, options);
    }
  };
}
