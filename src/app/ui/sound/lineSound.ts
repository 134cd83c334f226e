// Which sound says one line of what the speaker reads. A recording made at the centre comes
// first, in the kiosk's language (a municipality's name: under Danish, one for every language);
// else the browser's voice for the language. A municipality's name is a Danish proper noun, so a
// Danish voice says it best, and the language's own voice only without one. A line the tablet
// cannot say at all is left out (no sound, no pause).
import { getRecording } from '../../data/recordings';
import { isMunicipalityItem, NAMES_LANGUAGE, recordingLanguage } from '../../data/soundItems';
import type { useI18n } from '../../i18n/I18n';
import { itemText } from './itemText';
import type { ScriptLine } from './readAloudStore';
import { voiceFor } from './voices';

/** What a reading needs to know of the kiosk: its language, its words, the browser's voices. */
export interface Speaking extends Pick<ReturnType<typeof useI18n>, 'lang' | 't' | 'countryName'> {
  voices: readonly SpeechSynthesisVoice[];
}

export type LineSound =
  | { via: 'recording'; audio: ArrayBuffer | Blob; mime: string }
  | { via: 'voice'; text: string; voice: SpeechSynthesisVoice };

// A recording that cannot be read (storage trouble) only means the browser's voice is used.
const noRecording = (error: unknown) => {
  console.error('A recording could not be read.', error);
  return undefined;
};

/** The browser's voice saying `line`, or undefined when it has no voice for it. */
export function voiceSound(line: ScriptLine, speaking: Speaking): LineSound | undefined {
  const { item, text } = line;
  const own = voiceFor(speaking.voices, speaking.lang);
  const voice = isMunicipalityItem(item) ? (voiceFor(speaking.voices, NAMES_LANGUAGE) ?? own) : own;
  return voice && { via: 'voice', text: text ?? itemText(item, speaking), voice };
}

/** The sound that says `line`, or undefined when the tablet has none for it. */
export async function lineSound(
  line: ScriptLine,
  speaking: Speaking,
): Promise<LineSound | undefined> {
  const { item, text } = line;
  // Words of its own say more than the item's recording (her number of children, say).
  if (text !== undefined && voiceFor(speaking.voices, speaking.lang)) {
    return voiceSound(line, speaking);
  }
  const recording = await getRecording(recordingLanguage(item, speaking.lang), item).catch(
    noRecording,
  );
  if (recording) return { via: 'recording', audio: recording.audio, mime: recording.mime };
  return voiceSound(line, speaking);
}
