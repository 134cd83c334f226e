import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/I18n';
import { itemLabel } from './itemLabel';

const danish = createI18n('da', () => undefined);
const english = createI18n('en', () => undefined);

describe('itemLabel', () => {
  it('says what each recording is, in the staff’s language', () => {
    expect(itemLabel('country', danish)).toBe('Spørgsmål: land');
    expect(itemLabel('help', danish)).toBe('Hjælp');
    expect(itemLabel('country.SY', danish)).toBe('Land: Syrien');
    expect(itemLabel('region.eastAfrica', danish)).toBe('Verdensdel: Øst- og Sydafrika');
    expect(itemLabel('municipality.101', danish)).toBe('Kommune: København');
    expect(itemLabel('choice.skip', danish)).toBe('Knap: Jeg vil helst ikke sige det');
    expect(itemLabel('country.SY', english)).toBe('Country: Syria');
  });
});
