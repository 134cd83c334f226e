// The first screen is drawn before the chunk with the flow's steps (flowReducer.ts) is in: a tap
// made in that moment must not be lost, nor acted on twice.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';

// A fresh copy of the kiosk's modules, as on a page that has only just started: the test setup
// fetched the later screens for the copy every other test uses.
async function freshFlow() {
  vi.resetModules();
  const [{ useCheckInFlow }, { laterScreens }] = await Promise.all([
    import('./useCheckInFlow'),
    import('./chunks'),
  ]);
  return { useCheckInFlow, laterScreens };
}

describe('a tap before the later screens are in', () => {
  it('is kept and acted on, in order, when they come', async () => {
    const { useCheckInFlow, laterScreens } = await freshFlow();
    expect(laterScreens.loaded()).toBeUndefined();
    const { result } = renderHook(() => useCheckInFlow());

    act(() => {
      result.current.chooseCountry('SY');
      // A second flag tapped at once: by then the question is answered, so it changes nothing.
      result.current.chooseCountry('TR');
    });

    await waitFor(() => expect(result.current.state.step).toBe('municipality'));
    expect(result.current.state.answers.country).toBe('SY');
    expect(laterScreens.loaded()).toBeDefined();
  });

  it('once they are in, acts at once', async () => {
    const { useCheckInFlow, laterScreens } = await freshFlow();
    await laterScreens.load();
    const { result } = renderHook(() => useCheckInFlow());
    act(() => result.current.showMore());
    expect(result.current.state.step).toBe('moreCountries');
  });
});
