import { afterEach, describe, expect, it } from 'vitest';
import { loadCentreName, MAX_COORDINATOR_CENTRE_NAME, saveCentreName } from './centreNameStore';

afterEach(() => localStorage.clear());

describe('the centre’s name on the coordinator page', () => {
  it('is empty until written, then kept trimmed for the next visit', () => {
    expect(loadCentreName()).toBe('');
    expect(saveCentreName('  Kvindecentret Nørrebro ')).toBe('Kvindecentret Nørrebro');
    expect(loadCentreName()).toBe('Kvindecentret Nørrebro');
  });

  it('keeps one printed line at most', () => {
    saveCentreName('x'.repeat(200));
    expect(loadCentreName()).toHaveLength(MAX_COORDINATOR_CENTRE_NAME);
  });
});
