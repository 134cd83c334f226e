import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FEATURED_COUNTRIES } from '../../shared/countries';
import { DEFAULT_FEATURED_MUNICIPALITIES } from '../../shared/municipalities';
import { LANGUAGES } from '../i18n/languages/languages';
import { db } from './db';
import type { KioskSettings } from './settings';
import { getKioskSettings, saveKioskSettings, SettingError, updateKioskSettings } from './settings';

// Every kiosk language is offered until staff choose otherwise.
const ALL_LANGUAGES = LANGUAGES.map((language) => language.code);

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('kiosk settings', () => {
  it('start from the defaults', async () => {
    expect(await getKioskSettings()).toEqual({
      centreName: '',
      featuredCountries: [...DEFAULT_FEATURED_COUNTRIES],
      featuredMunicipalities: [...DEFAULT_FEATURED_MUNICIPALITIES],
      language: 'da',
      languagesOffered: ALL_LANGUAGES,
      idleSeconds: 60,
      womanPictures: 'both',
    });
  });

  it('keep a change and leave the rest as it was', async () => {
    const saved = await saveKioskSettings({ featuredCountries: ['SY', 'DK'], idleSeconds: 90 });
    await saveKioskSettings({ language: 'ar' });

    expect(saved.featuredCountries).toEqual(['SY', 'DK']);
    expect(await getKioskSettings()).toEqual({
      centreName: '',
      featuredCountries: ['SY', 'DK'],
      featuredMunicipalities: [...DEFAULT_FEATURED_MUNICIPALITIES],
      language: 'ar',
      languagesOffered: ALL_LANGUAGES,
      idleSeconds: 90,
      womanPictures: 'both',
    });
  });

  it('are not changed through an array the caller still holds', async () => {
    const countries = ['SY'];
    await saveKioskSettings({ featuredCountries: countries });
    countries.push('DK');

    expect((await getKioskSettings()).featuredCountries).toEqual(['SY']);
  });

  it('apply quick changes each to the other’s result', async () => {
    await saveKioskSettings({ featuredCountries: ['TR', 'SY', 'IQ'] });
    await Promise.all([
      updateKioskSettings((current) => ({
        featuredCountries: [...current.featuredCountries, 'UA'],
      })),
      updateKioskSettings((current) => ({
        featuredCountries: current.featuredCountries.filter((code) => code !== 'TR'),
      })),
    ]);

    expect((await getKioskSettings()).featuredCountries).toEqual(['SY', 'IQ', 'UA']);
  });

  it('keep the centre’s name tidied: no spaces at the ends, one between words', async () => {
    await saveKioskSettings({ centreName: '  Kvindernes   Hus\tIshøj ' });
    expect((await getKioskSettings()).centreName).toBe('Kvindernes Hus Ishøj');
  });

  it('keep the languages offered in the kiosk’s own order', async () => {
    await saveKioskSettings({ languagesOffered: ['ar', 'da'] });
    expect((await getKioskSettings()).languagesOffered).toEqual(['da', 'ar']);
  });

  it('move the starting language along when both change together', async () => {
    await saveKioskSettings({ languagesOffered: ['en', 'ar'], language: 'en' });
    expect(await getKioskSettings()).toMatchObject({
      languagesOffered: ['en', 'ar'],
      language: 'en',
    });
  });

  it.each([
    [{ featuredCountries: ['DK', 'XX'] }, /"XX" is not a known code/],
    [{ featuredCountries: ['DK', 'DK'] }, /DK is listed twice/],
    [{ featuredCountries: [] }, /keep at least one/],
    [{ featuredCountries: [...DEFAULT_FEATURED_COUNTRIES, 'SE'] }, /at most 16/],
    [{ featuredMunicipalities: ['101', '999'] }, /"999" is not a known code/],
    [{ featuredMunicipalities: [] }, /keep at least one/],
    [{ language: 'de' }, /Language must be one of da, en, ar/],
    [{ languagesOffered: [] }, /at least one language/],
    [{ languagesOffered: ['da', 'de'] }, /must be among da, en, ar/],
    [{ languagesOffered: ['en'] }, /must be among the languages offered/],
    [{ idleSeconds: 19 }, /from 20 to 600/],
    [{ idleSeconds: 601 }, /from 20 to 600/],
    [{ idleSeconds: 45.5 }, /from 20 to 600/],
    [{ idleSeconds: Number.NaN }, /from 20 to 600/],
    [{ centreName: '   ' }, /cannot be empty/],
    [{ centreName: 'x'.repeat(81) }, /at most 80 characters/],
    [{ centreName: 'Hus\u0000' }, /letters, digits, spaces and punctuation/],
    [{ womanPictures: 'hats' }, /Woman pictures must be one of both, headscarf, bareheaded/],
  ])('refuse %o and change nothing', async (patch, message) => {
    await saveKioskSettings({ idleSeconds: 120, centreName: 'Huset' });

    await expect(
      saveKioskSettings({ idleSeconds: 90, ...(patch as Partial<KioskSettings>) }),
    ).rejects.toThrow(message);
    expect(await getKioskSettings()).toMatchObject({
      language: 'da',
      idleSeconds: 120,
      centreName: 'Huset',
      languagesOffered: ALL_LANGUAGES,
      featuredCountries: [...DEFAULT_FEATURED_COUNTRIES],
    });
  });

  it('say which setting was refused and why', async () => {
    const refusal = await saveKioskSettings({ featuredMunicipalities: [] }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(SettingError);
    expect(refusal).toMatchObject({ setting: 'featuredMunicipalities', problem: 'empty' });

    const notOffered = await saveKioskSettings({ languagesOffered: ['en', 'ar'] }).catch(
      (error: unknown) => error,
    );
    expect(notOffered).toMatchObject({
      setting: 'languagesOffered',
      problem: 'languageNotOffered',
    });
  });

  it('fall back to the default for a stored value that is no longer valid', async () => {
    await db.settings.put({
      key: 'kiosk',
      value: { language: 'fr', idleSeconds: 90, featuredCountries: 'DK', centreName: 7 },
    });

    expect(await getKioskSettings()).toMatchObject({
      language: 'da',
      idleSeconds: 90,
      featuredCountries: [...DEFAULT_FEATURED_COUNTRIES],
      centreName: '',
    });
  });

  it('keep which women the pictures show', async () => {
    await saveKioskSettings({ womanPictures: 'bareheaded' });
    expect((await getKioskSettings()).womanPictures).toBe('bareheaded');
    await saveKioskSettings({ womanPictures: 'headscarf' });
    expect((await getKioskSettings()).womanPictures).toBe('headscarf');
  });

  it('show both looks when the stored choice is no longer one the kiosk knows', async () => {
    await db.settings.put({ key: 'kiosk', value: { womanPictures: 'hats', idleSeconds: 90 } });
    expect(await getKioskSettings()).toMatchObject({ womanPictures: 'both', idleSeconds: 90 });
  });

  it('never start in a language that is not offered, whatever was stored', async () => {
    await db.settings.put({ key: 'kiosk', value: { language: 'da', languagesOffered: ['ar'] } });

    expect(await getKioskSettings()).toMatchObject({ language: 'ar', languagesOffered: ['ar'] });
  });
});
