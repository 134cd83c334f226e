import { describe, expect, it } from 'vitest';
import { StorageFullError } from '../../../data/db';
import { PhotoError } from '../../../data/photos';
import { SettingError } from '../../../data/settings';
import { describeError, Refusal } from './errors';

describe('describeError', () => {
  it('names the limit a refused setting broke', () => {
    expect(describeError(new SettingError('featuredCountries', 'tooMany', ''))).toEqual({
      key: 'settings.error.countriesFull',
      params: { max: 16 },
    });
    expect(describeError(new SettingError('idleSeconds', 'idleRange', ''))).toEqual({
      key: 'settings.error.idle',
      params: { min: 20, max: 600 },
    });
    expect(describeError(new SettingError('featuredMunicipalities', 'empty', ''))).toEqual({
      key: 'settings.error.municipalitiesEmpty',
    });
    expect(describeError(new SettingError('languagesOffered', 'languageNotOffered', ''))).toEqual({
      key: 'settings.error.languageNotOffered',
    });
  });

  it('tells a full tablet, a bad photo and its own refusals apart', () => {
    expect(describeError(new StorageFullError())).toEqual({ key: 'settings.error.storageFull' });
    expect(describeError(new PhotoError('notImage', ''))).toEqual({
      key: 'settings.error.photoNotImage',
    });
    expect(describeError(new Refusal('settings.error.pinMismatch'))).toEqual({
      key: 'settings.error.pinMismatch',
      params: undefined,
    });
  });

  it('says "not saved, try again" for anything else', () => {
    expect(describeError(new Error('boom'))).toEqual({ key: 'settings.error.unknown' });
  });
});
