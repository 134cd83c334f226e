import { describe, expect, it } from 'vitest';
import type { SoundItem } from '../../data/soundItems';
import { itemsToRecord, PROMPTS } from '../../data/soundItems';
import { namesGap, soundGaps } from './soundGaps';

const voice = (lang: string) => ({ lang, localService: true, default: false });
const recorded = (language: 'ar' | 'ti' | 'da', items: readonly SoundItem[]) =>
  items.map((item) => ({ language, item }));
const featured = { featuredCountries: ['SY', 'UA'], featuredMunicipalities: ['101', '147'] };
const everything = itemsToRecord(featured);

describe('soundGaps', () => {
  it('names the languages with neither a voice nor every recording, in the order given', () => {
    const gaps = soundGaps(
      ['da', 'ar', 'ti'],
      [voice('da-DK')],
      recorded('ar', ['country', 'help', 'country.SY']),
      featured,
    );
    expect(gaps.map((gap) => gap.language)).toEqual(['ar', 'ti']);
    // The questions, the fixed answers, two countries and nine parts of the world.
    expect(everything).toHaveLength(6 + 13 + 2 + 9);
    expect(gaps[0]).toMatchObject({ recorded: 3, total: everything.length });
    expect(gaps[0]?.missing).toEqual(
      everything.filter((item) => !['country', 'help', 'country.SY'].includes(item)),
    );
    expect(gaps[0]?.missing.slice(0, 4)).toEqual(['municipality', 'party', 'summary', 'thanks']);
    expect(gaps[1]).toMatchObject({ recorded: 0, missing: everything });
  });

  it('leaves out a language the browser can speak, recorded or not', () => {
    expect(soundGaps(['ar'], [voice('ar-SA')], [], featured)).toEqual([]);
  });

  it('leaves out a language whose every item is recorded, voice or not', () => {
    expect(soundGaps(['ti'], [], recorded('ti', everything), featured)).toEqual([]);
  });

  it('counts only what the centre features: six questions are no longer all', () => {
    expect(soundGaps(['ti'], [], recorded('ti', PROMPTS), featured)).toMatchObject([
      { language: 'ti', recorded: PROMPTS.length, total: everything.length },
    ]);
  });

  it('does not count a recording in another language', () => {
    expect(soundGaps(['ti'], [], recorded('da', everything), featured)).toMatchObject([
      { language: 'ti', recorded: 0 },
    ]);
  });
});

describe('namesGap', () => {
  it('counts the names recorded once, in Danish, when a language cannot say them', () => {
    expect(
      namesGap(['da', 'ti'], [voice('da')], recorded('da', ['municipality.147']), featured),
    ).toEqual({ recorded: 1, total: 2, missing: ['municipality.101'] });
  });

  it('is none when every language has a voice, or every name is recorded', () => {
    expect(namesGap(['da'], [voice('da')], [], featured)).toBeNull();
    expect(
      namesGap(['ti'], [], recorded('da', ['municipality.101', 'municipality.147']), featured),
    ).toBeNull();
  });

  it('does not count a name kept under another language', () => {
    expect(namesGap(['ti'], [], recorded('ti', ['municipality.101']), featured)).toMatchObject({
      recorded: 0,
    });
  });
});
