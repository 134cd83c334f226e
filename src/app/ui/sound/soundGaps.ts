// The kiosk languages that cannot be heard on this tablet: no browser voice for the language and
// not every prompt recorded. There the kiosk shows no speaker, so the Recordings view lists them
// for staff: a missing voice is found and filled by the centre, not met by a woman at the door.
import type { PromptId, RecordingInfo } from '../../data/recordings';
import { PROMPTS } from '../../data/recordings';
import type { LanguageCode } from '../../i18n/languages/languages';
import type { VoiceLike } from './voices';
import { voiceFor } from './voices';

export interface SoundGap {
  language: LanguageCode;
  /** The prompts recorded in it so far. */
  recorded: number;
  /** The screens that stay silent until these are recorded. */
  missing: PromptId[];
}

/** The `languages` (in their order) without sound on some screen, given the tablet's voices. */
export function soundGaps(
  languages: readonly LanguageCode[],
  voices: readonly VoiceLike[],
  recordings: readonly Pick<RecordingInfo, 'language' | 'prompt'>[],
): SoundGap[] {
  return languages.flatMap((language) => {
    if (voiceFor(voices, language)) return [];
    const missing = PROMPTS.filter(
      (prompt) =>
        !recordings.some(
          (recording) => recording.language === language && recording.prompt === prompt,
        ),
    );
    if (missing.length === 0) return [];
    return [{ language, recorded: PROMPTS.length - missing.length, missing }];
  });
}
