import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FEATURED_COUNTRIES } from '../../shared/countries';
import { DEFAULT_FEATURED_MUNICIPALITIES } from '../../shared/municipalities';
import { db } from './db';
import type { KioskSettings } from './settings';
import { getKioskSettings, saveKioskSettings } from './settings';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('kiosk settings', () => {
  it('start from the defaults', async () => {
    expect(await getKioskSettings()).toEqual({
      featuredCountries: [...DEFAULT_FEATURED_COUNTRIES],
      featuredMunicipalities: [...DEFAULT_FEATURED_MUNICIPALITIES],
      language: 'da',
      idleSeconds: 60,
    });
  });

  it('keep a change and leave the rest as it was', async () => {
    const saved = await saveKioskSettings({ featuredCountries: ['SY', 'DK'], idleSeconds: 90 });
    await saveKioskSettings({ language: 'ar' });

    expect(saved.featuredCountries).toEqual(['SY', 'DK']);
    expect(await getKioskSettings()).toEqual({
      featuredCountries: ['SY', 'DK'],
      featuredMunicipalities: [...DEFAULT_FEATURED_MUNICIPALITIES],
      language: 'ar',
      idleSeconds: 90,
    });
  });

  it('are not changed through an array the caller still holds', async () => {
    const countries = ['SY'];
    await saveKioskSettings({ featuredCountries: countries });
    countries.push('DK');

    expect((await getKioskSettings()).featuredCountries).toEqual(['SY']);
  });

  it.each([
    [{ featuredCountries: ['DK', 'XX'] }, /"XX" is not a known code/],
    [{ featuredCountries: ['DK', 'DK'] }, /DK is listed twice/],
    [{ featuredMunicipalities: ['101', '999'] }, /"999" is not a known code/],
    [{ language: 'de' }, /Language must be one of da, en, ar/],
    [{ idleSeconds: 19 }, /from 20 to 600/],
    [{ idleSeconds: 601 }, /from 20 to 600/],
    [{ idleSeconds: 45.5 }, /from 20 to 600/],
  ])('refuse %o and change nothing', async (patch, message) => {
    await saveKioskSettings({ idleSeconds: 120 });

    await expect(saveKioskSettings({ language: 'en', ...(patch as Partial<KioskSettings>) })).rejects.toThrow(
      message,
    );
    expect(await getKioskSettings()).toMatchObject({ language: 'da', idleSeconds: 120 });
  });

  it('fall back to the default for a stored value that is no longer valid', async () => {
    await db.settings.put({ key: 'kiosk', value: { language: 'fr', idleSeconds: 90, featuredCountries: 'DK' } });

    expect(await getKioskSettings()).toMatchObject({
      language: 'da',
      idleSeconds: 90,
      featuredCountries: [...DEFAULT_FEATURED_COUNTRIES],
    });
  });
});
