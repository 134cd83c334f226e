import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import { HOLD_MS, StaffEntryMark } from './StaffEntryMark';

function renderMark() {
  const onOpen = vi.fn();
  render(
    <I18nProvider initial="da">
      <StaffEntryMark onOpen={onOpen} />
    </I18nProvider>,
  );
  return { onOpen, mark: screen.getByRole('button', { name: 'Personale' }) };
}

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('StaffEntryMark', () => {
  it('is a small mark named for staff, with no visible text', () => {
    const { mark } = renderMark();
    expect(mark).toHaveTextContent('');
    expect(mark).toHaveAttribute('data-action', 'staff');
  });

  it('opens after being held for about two seconds', () => {
    const { onOpen, mark } = renderMark();
    fireEvent.pointerDown(mark, { clientX: 10, clientY: 10 });
    wait(HOLD_MS - 100);
    expect(onOpen).not.toHaveBeenCalled();
    wait(100);
    expect(onOpen).toHaveBeenCalledTimes(1);
    fireEvent.pointerUp(mark);
    wait(HOLD_MS * 2);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a tap or a click', () => {
    const { onOpen, mark } = renderMark();
    fireEvent.pointerDown(mark, { clientX: 10, clientY: 10 });
    wait(300);
    fireEvent.pointerUp(mark);
    fireEvent.click(mark);
    wait(HOLD_MS * 2);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('does nothing when the finger slides away or leaves the mark', () => {
    const { onOpen, mark } = renderMark();
    fireEvent.pointerDown(mark, { clientX: 10, clientY: 10 });
    fireEvent.pointerMove(mark, { clientX: 13, clientY: 12 });
    wait(500);
    fireEvent.pointerMove(mark, { clientX: 60, clientY: 10 });
    wait(HOLD_MS * 2);
    expect(onOpen).not.toHaveBeenCalled();

    fireEvent.pointerDown(mark, { clientX: 10, clientY: 10 });
    wait(1000);
    fireEvent.pointerLeave(mark);
    wait(HOLD_MS * 2);
    expect(onOpen).not.toHaveBeenCalled();

    fireEvent.pointerDown(mark, { clientX: 10, clientY: 10 });
    fireEvent.pointerCancel(mark);
    wait(HOLD_MS * 2);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('keeps still fingers: a small tremble does not cancel the press', () => {
    const { onOpen, mark } = renderMark();
    fireEvent.pointerDown(mark, { clientX: 10, clientY: 10 });
    fireEvent.pointerMove(mark, { clientX: 14, clientY: 7 });
    wait(HOLD_MS);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('opens for someone holding Enter on a keyboard, not for a press of it', () => {
    const { onOpen, mark } = renderMark();
    fireEvent.keyDown(mark, { key: 'Enter' });
    fireEvent.keyUp(mark, { key: 'Enter' });
    wait(HOLD_MS * 2);
    expect(onOpen).not.toHaveBeenCalled();

    fireEvent.keyDown(mark, { key: 'Enter' });
    fireEvent.keyDown(mark, { key: 'Enter', repeat: true });
    wait(HOLD_MS);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});
