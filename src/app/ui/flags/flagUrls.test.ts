import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../shared/countries';
import { FLAG_URLS, flagUrl } from './flagUrls';

describe('flag files', () => {
  it('has a flag for every country a visitor can choose, Palestine and Kosovo included', () => {
    expect(flagUrl('PS')).toBeTruthy();
    expect(flagUrl('XK')).toBeTruthy();
    const missing = COUNTRY_CODES.filter((code) => !FLAG_URLS.has(code));
    expect(missing).toEqual([]);
  });

  it('finds a flag by lower- or upper-case code, and none for a code that is no country', () => {
    expect(flagUrl('tr')).toBe(flagUrl('TR'));
    expect(flagUrl('QQ')).toBeUndefined();
  });

  it('points at SVG files rather than inlining them', () => {
    expect(flagUrl('DK')).toMatch(/dk\.svg/);
    expect(flagUrl('DK')).not.toMatch(/^data:/);
  });
});
