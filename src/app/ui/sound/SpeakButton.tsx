// The speaker on every kiosk screen: a tap plays the screen's prompt in the chosen language. A
// recording made at the centre comes first; without one the browser speaks, if it has a voice for
// the language; without either the button says, calmly, that there is no sound in this language.
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
  // null until read, so the button does not flicker to "no sound" while the recording loads.
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

  const source = recording
    ? 'recording'
    : voice
      ? 'speech'
      : recording === null
        ? 'unknown'
        : 'none';
  const play = async () => {
    const done = () => setPlaying(false);
    // The sound is read at the tap (a few milliseconds), well within the tap's permission to play.
    const sound = recording ? await getRecording(lang, prompt).catch(noRecording) : undefined;
    if (sound) stop.current = playRecording(sound.audio, sound.mime, done);
    else if (voice) stop.current = speak(promptText(prompt, t), voice, done);
    else return;
    setPlaying(true);
  };

  const silent = source === 'none';
  const classes = ['speak-button', playing ? 'speak-button--playing' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      class={classes}
      data-action="speak"
      data-sound={source}
      disabled={silent}
      onClick={() => void play()}
    >
      <Speaker silent={silent} />
      <span>
        {silent
          ? t('sound.unavailable')
          : t(prompt === 'help' || prompt === 'thanks' ? 'sound.listen' : 'sound.speak')}
      </span>
    </button>
  );
}
