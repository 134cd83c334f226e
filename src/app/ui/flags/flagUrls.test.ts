import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../shared/countries';
import { flagUrl } from './flagUrls';

describe('flag files', () => {
  it('has a flag for every country a visitor can choose, Palestine and Kosovo included', () => {
    expect(flagUrl('PS')).toMatch(/\/ps\.svg$/);
    expect(flagUrl('XK')).toMatch(/\/xk\.svg$/);
    const missing = COUNTRY_CODES.filter((code) => flagUrl(code) === undefined);
    expect(missing).toEqual([]);
  });

  it('finds a flag by lower- or upper-case code, and none for a code that is no country', () => {
    expect(flagUrl('tr')).toBe(flagUrl('TR'));
    expect(flagUrl('QQ')).toBeUndefined();
  });

  it('points at SVG files in the build’s flag folder rather than inlining them', () => {
    expect(flagUrl('DK')).toMatch(/^\/assets\/flags-\w+\/dk\.svg$/);
  });
});
