import { afterEach, describe, expect, it, vi } from 'vitest';
import { UPDATE_CHECK_EVERY_MS, watchForUpdates } from './register';

afterEach(() => {
  vi.useRealTimers();
});

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('watchForUpdates', () => {
  it('looks for a new version every half hour, when the page is shown again and when the network returns', () => {
    vi.useFakeTimers();
    const check = vi.fn();
    const stop = watchForUpdates(check);

    vi.advanceTimersByTime(UPDATE_CHECK_EVERY_MS - 1);
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(1);

    setVisibility('hidden');
    expect(check).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    expect(check).toHaveBeenCalledTimes(2);

    window.dispatchEvent(new Event('online'));
    expect(check).toHaveBeenCalledTimes(3);

    stop();
    vi.advanceTimersByTime(UPDATE_CHECK_EVERY_MS);
    setVisibility('visible');
    window.dispatchEvent(new Event('online'));
    expect(check).toHaveBeenCalledTimes(3);
  });
});
