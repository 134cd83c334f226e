// Two taps in the same moment (a second flag touched before the first answer is drawn) are acted
// on in order, and the second changes nothing: the question it answered is gone.
import { act, renderHook } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useCheckInFlow } from './useCheckInFlow';

describe('useCheckInFlow', () => {
  it('keeps the first of two flags tapped at once', () => {
    const { result } = renderHook(() => useCheckInFlow());

    act(() => {
      result.current.chooseCountry('SY');
      result.current.chooseCountry('TR');
    });

    expect(result.current.state.step).toBe('municipality');
    expect(result.current.state.answers.country).toBe('SY');
  });

  it('keeps the party’s id through an answer and makes a new one to start over', () => {
    const { result } = renderHook(() => useCheckInFlow());
    const first = result.current.state.partyId;

    act(() => result.current.showMore());
    expect(result.current.state.step).toBe('moreCountries');
    expect(result.current.state.partyId).toBe(first);

    act(() => result.current.startOver());
    expect(result.current.state.step).toBe('country');
    expect(result.current.state.partyId).not.toBe(first);
  });
});
