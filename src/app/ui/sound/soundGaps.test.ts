import { describe, expect, it } from 'vitest';
import { PROMPTS } from '../../data/recordings';
import { soundGaps } from './soundGaps';

const voice = (lang: string) => ({ lang, localService: true, default: false });
const recorded = (language: 'ar' | 'ti' | 'da', prompts: readonly (typeof PROMPTS)[number][]) =>
  prompts.map((prompt) => ({ language, prompt }));

describe('soundGaps', () => {
  it('names the languages with neither a voice nor every recording, in the order given', () => {
    const gaps = soundGaps(
      ['da', 'ar', 'ti'],
      [voice('da-DK')],
      recorded('ar', ['country', 'help']),
    );
    expect(gaps.map((gap) => gap.language)).toEqual(['ar', 'ti']);
    expect(gaps[0]).toMatchObject({
      recorded: 2,
      missing: ['municipality', 'party', 'summary', 'thanks'],
    });
    expect(gaps[1]).toMatchObject({ recorded: 0, missing: [...PROMPTS] });
  });

  it('leaves out a language the browser can speak, recorded or not', () => {
    expect(soundGaps(['ar'], [voice('ar-SA')], [])).toEqual([]);
  });

  it('leaves out a language whose every prompt is recorded, voice or not', () => {
    expect(soundGaps(['ti'], [], recorded('ti', PROMPTS))).toEqual([]);
  });

  it('does not count a recording in another language', () => {
    expect(soundGaps(['ti'], [], recorded('da', PROMPTS))).toMatchObject([
      { language: 'ti', recorded: 0 },
    ]);
  });
});
