// The speaker on every kiosk screen: a tap plays the screen's prompt in the chosen language. A
// recording made at the centre comes first; without one the browser speaks, if it has a voice for
// the language. Without either there is no speaker at all: a button that cannot speak would be one
// more thing to puzzle over, and staff see in the Recordings view which languages lack sound.
// The text is always on the screen as well: sound is never the only way to the question.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PromptId, RecordingInfo } from '../../data/recordings';
import { getRecording, getRecordingInfo } from '../../data/recordings';
import { useLiveQuery } from '../../data/live';
import { useI18n } from '../../i18n/I18n';
import { Speaker } from '../pictograms/Speaker';
import type { Stop } from './player';
import { playRecording, speak } from './player';
import { promptText } from './promptText';
import { useVoices } from './useVoices';
import { voiceFor } from './voices';
import './SpeakButton.css';

interface SpeakButtonProps {
  prompt: PromptId;
  class?: string;
}

// A recording that cannot be read (storage trouble) only means the browser's voice is used.
const noRecording = (error: unknown) => {
  console.error('A recording could not be read.', error);
  return undefined;
};

export function SpeakButton({ prompt, class: className }: SpeakButtonProps) {
  const { lang, t } = useI18n();
  // null until read; without a voice the speaker shows only once a recording is found, so it
  // never appears and then vanishes again.
  const recording = useLiveQuery<RecordingInfo | undefined | null>(
    () => getRecordingInfo(lang, prompt).catch(noRecording),
    [lang, prompt],
    null,
  );
  const voice = voiceFor(useVoices(), lang);
  const [playing, setPlaying] = useState(false);
  const stop = useRef<Stop | null>(null);

  // Another screen or language: what this button was playing belongs to the last one.
  useEffect(
    () => () => {
      stop.current?.();
      stop.current = null;
    },
    [lang, prompt],
  );

  const source = recording ? 'recording' : voice ? 'speech' : null;
  const play = async () => {
    const done = () => setPlaying(false);
    // The sound is read at the tap (a few milliseconds), well within the tap's permission to play.
    const sound = recording ? await getRecording(lang, prompt).catch(noRecording) : undefined;
    if (sound) stop.current = playRecording(sound.audio, sound.mime, done);
    else if (voice) stop.current = speak(promptText(prompt, t), voice, done);
    else return;
    setPlaying(true);
  };

  if (source === null) return null;
  const classes = ['speak-button', playing ? 'speak-button--playing' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      class={classes}
      data-action="speak"
      data-sound={source}
      onClick={() => void play()}
    >
      <Speaker />
      <span>{t(prompt === 'help' || prompt === 'thanks' ? 'sound.listen' : 'sound.speak')}</span>
    </button>
  );
}
