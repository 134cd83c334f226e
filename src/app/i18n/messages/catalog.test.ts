import { describe, expect, it, vi } from 'vitest';
import { languageByCode } from '../languages/languages';
import { localeNumbers } from '../numbers';
import { createMessageCatalog } from './catalog';
import { da } from './da';
import { en } from './en';
import { staffEn } from './staff/en';

describe('the message catalog', () => {
  it('fetches each language, Danish too, only when asked', async () => {
    const loadDa = vi.fn(() => Promise.resolve(da));
    const loadEn = vi.fn(() => Promise.resolve(en));
    const catalog = createMessageCatalog({ da: loadDa, en: loadEn }, {});
    expect(catalog.kiosk('da')).toBeUndefined();
    expect(catalog.ready('en', false)).toBe(false);
    expect(loadEn).not.toHaveBeenCalled();

    await catalog.load('da', false);
    expect(catalog.kiosk('da')).toBe(da);
    expect(loadDa).toHaveBeenCalledTimes(1);
    expect(loadEn).not.toHaveBeenCalled();

    await Promise.all([catalog.load('en', false), catalog.load('en', false)]);
    expect(loadEn).toHaveBeenCalledTimes(1);
    expect(catalog.kiosk('en')).toBe(en);
    expect(catalog.ready('en', false)).toBe(true);
  });

  it('is ready for the staff screens only once their strings are in too', async () => {
    const catalog = createMessageCatalog(
      { en: () => Promise.resolve(en) },
      { en: () => Promise.resolve(staffEn) },
    );
    await catalog.load('en', false);
    expect(catalog.ready('en', true)).toBe(false);
    // The kiosk's strings have no plural forms: what reads them comes only with the staff's.
    expect(catalog.staffInterpolate()).toBeUndefined();
    await catalog.load('en', true);
    expect(catalog.ready('en', true)).toBe(true);
    expect(catalog.staff('en')).toBe(staffEn);
    const numbers = localeNumbers(languageByCode('en'));
    expect(
      catalog.staffInterpolate()?.(
        '{n, plural, one {# visit} other {# visits}}',
        { n: 2 },
        numbers,
      ),
    ).toBe('2 visits');
  });

  it('tries again after a chunk could not be fetched', async () => {
    const loadEn = vi
      .fn<() => Promise<typeof en>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(en);
    const catalog = createMessageCatalog({ en: loadEn }, {});
    await expect(catalog.load('en', false)).rejects.toThrow('offline');
    expect(catalog.ready('en', false)).toBe(false);
    await catalog.load('en', false);
    expect(catalog.ready('en', false)).toBe(true);
  });
});
