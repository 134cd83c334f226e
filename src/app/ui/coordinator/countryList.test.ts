import { describe, expect, it } from 'vitest';
import { parseCountryList } from './countryList';

describe('parseCountryList', () => {
  it('reads codes separated by commas, spaces or lines, in any case, once each, in order', () => {
    expect(parseCountryList('TR, pk;MA\nIQ  tr')).toEqual({
      codes: ['TR', 'PK', 'MA', 'IQ'],
      unknown: [],
    });
  });

  it('names what is not a country code', () => {
    expect(parseCountryList('TR, UK, Danmark')).toEqual({
      codes: ['TR'],
      unknown: ['UK', 'Danmark'],
    });
    expect(parseCountryList('')).toEqual({ codes: [], unknown: [] });
  });
});
