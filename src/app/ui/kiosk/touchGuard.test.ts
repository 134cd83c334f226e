import { afterEach, describe, expect, it } from 'vitest';
import { guardKioskTouch } from './touchGuard';

let unguard: (() => void) | undefined;

afterEach(() => {
  unguard?.();
  unguard = undefined;
  document.body.innerHTML = '';
});

function dispatch(event: Event, on: EventTarget = document.body): boolean {
  on.dispatchEvent(event);
  return event.defaultPrevented;
}

function touches(count: number): TouchEvent {
  const event = new Event('touchmove', { bubbles: true, cancelable: true }) as TouchEvent;
  Object.defineProperty(event, 'touches', { value: { length: count } });
  return event;
}

describe('guardKioskTouch', () => {
  it('refuses long-press menus, selection, dragging and pinch gestures on the kiosk', () => {
    const button = document.body.appendChild(document.createElement('button'));
    unguard = guardKioskTouch();

    expect(
      dispatch(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }), button),
    ).toBe(true);
    expect(dispatch(new Event('selectstart', { bubbles: true, cancelable: true }))).toBe(true);
    expect(dispatch(new Event('dragstart', { bubbles: true, cancelable: true }))).toBe(true);
    expect(dispatch(new Event('gesturestart', { bubbles: true, cancelable: true }))).toBe(true);
    expect(dispatch(touches(2))).toBe(true);
    expect(
      dispatch(new WheelEvent('wheel', { ctrlKey: true, bubbles: true, cancelable: true })),
    ).toBe(true);
    expect(
      dispatch(
        new KeyboardEvent('keydown', { key: '+', ctrlKey: true, bubbles: true, cancelable: true }),
      ),
    ).toBe(true);
  });

  it('lets one finger scroll and swipe, and ordinary keys and wheels through', () => {
    unguard = guardKioskTouch();
    expect(dispatch(touches(1))).toBe(false);
    expect(dispatch(new WheelEvent('wheel', { bubbles: true, cancelable: true }))).toBe(false);
    expect(
      dispatch(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })),
    ).toBe(false);
  });

  it('gives the browser its ordinary behaviour back when the kiosk closes (the staff screens)', () => {
    guardKioskTouch()();
    expect(dispatch(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))).toBe(
      false,
    );
    expect(dispatch(new Event('selectstart', { bubbles: true, cancelable: true }))).toBe(false);
  });
});
