// The kiosk languages that cannot be heard on this tablet: no browser voice for the language and
// not everything it says recorded. There the speaker stays silent for what is missing, so the
// Recordings view lists them for staff: a missing voice is found and filled by the centre, not met
// by a woman at the door. A language with a voice is fine as it is: the voice says what is missing.
import type { FeaturedChoices, RecordedItem, SoundItem } from '../../data/soundItems';
import { itemsMissing, itemsToRecord, namesToRecord, NAMES_LANGUAGE } from '../../data/soundItems';
import type { LanguageCode } from '../../i18n/languages/languages';
import type { VoiceLike } from './voices';
import { voiceFor } from './voices';

export interface SoundGap {
  language: LanguageCode;
  /** How many of what the language needs are recorded so far. */
  recorded: number;
  /** How many it needs in all (`itemsToRecord`). */
  total: number;
  /** What stays silent until it is recorded, in the order a recording session walks it. */
  missing: SoundItem[];
}

/** The `languages` (in their order) with something silent, given the tablet's voices. */
export function soundGaps(
  languages: readonly LanguageCode[],
  voices: readonly VoiceLike[],
  recordings: readonly RecordedItem[],
  featured: FeaturedChoices,
): SoundGap[] {
  const items = itemsToRecord(featured);
  return languages.flatMap((language) => {
    if (voiceFor(voices, language)) return [];
    const missing = itemsMissing(items, language, recordings);
    if (missing.length === 0) return [];
    return [{ language, recorded: items.length - missing.length, total: items.length, missing }];
  });
}

export interface NamesGap {
  recorded: number;
  total: number;
  missing: SoundItem[];
}

/**
 * The featured municipalities' names still to record, when a kiosk language has no voice to say
 * them; null when every language offered can be heard saying them. One recording of a name, in
 * Danish, serves every language, so this is one gap, not one per language.
 */
export function namesGap(
  languages: readonly LanguageCode[],
  voices: readonly VoiceLike[],
  recordings: readonly RecordedItem[],
  featured: FeaturedChoices,
): NamesGap | null {
  if (languages.every((language) => voiceFor(voices, language))) return null;
  const names = namesToRecord(featured);
  const missing = itemsMissing(names, NAMES_LANGUAGE, recordings);
  if (missing.length === 0) return null;
  return { recorded: names.length - missing.length, total: names.length, missing };
}
