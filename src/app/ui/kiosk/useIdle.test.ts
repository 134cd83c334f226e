// The idle clock counts from a touch, never from a screen's appearing; a touch on the first screen
// before the flow came (Kiosk.tsx) counts as one.
import { renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useIdle } from './useIdle';

afterEach(() => vi.useRealTimers());

describe('useIdle', () => {
  it('runs no clock on an untouched screen', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    renderHook(() => useIdle({ seconds: 5, paused: false, epoch: 1, onIdle }));
    vi.advanceTimersByTime(60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('counts from a touch made before it started, and forgets it with a new check-in', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const { rerender } = renderHook(
      ({ epoch }) => useIdle({ seconds: 5, paused: false, epoch, touched: true, onIdle }),
      {
        initialProps: { epoch: 1 },
      },
    );
    vi.advanceTimersByTime(5_000);
    expect(onIdle).toHaveBeenCalledTimes(1);

    rerender({ epoch: 2 });
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});
