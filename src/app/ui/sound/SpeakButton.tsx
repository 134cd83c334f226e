// The speaker on every kiosk screen: a tap reads the screen's question and then each of its
// choices in turn, in the chosen language, marking the tile being read; a second tap stops it. A
// recording made at the centre comes first; without one the browser speaks, if it has a voice
// for the language. The speaker shows where the question can be heard; without a recording or a
// voice for it there is no speaker at all: a button that cannot speak would be one more thing to
// puzzle over, and staff see in the Recordings view which languages lack sound.
// The text is always on the screen as well: sound is never the only way to the question.
import { useEffect, useRef, useState } from 'preact/hooks';
import { getRecordingInfo } from '../../data/recordings';
import type { PromptId } from '../../data/soundItems';
import { useLiveQuery } from '../../data/live';
import { useI18n } from '../../i18n/I18n';
import { Speaker } from '../pictograms/Speaker';
import { loadedReader, loadReader } from './loadReader';
import type { ReadingSession } from './readAloudStore';
import { createReadAloud } from './readAloudStore';
import { useReadAloud } from './ReadAloud';
import { useVoices } from './useVoices';
import { voiceFor } from './voices';
import './SpeakButton.css';

interface SpeakButtonProps {
  prompt: PromptId;
  /** Reads the script the screen on show published (the frame's speaker), not the prompt alone. */
  readsScreen?: boolean;
  class?: string;
}

type PromptRecording = Awaited<ReturnType<typeof getRecordingInfo>>;
type Reader = NonNullable<ReturnType<typeof loadedReader>>;

// A recording that cannot be read (storage trouble) only means the browser's voice is used.
const noRecording = (error: unknown) => {
  console.error('A recording could not be read.', error);
  return undefined;
};

export function SpeakButton({ prompt, readsScreen = false, class: className }: SpeakButtonProps) {
  const { lang, t, countryName } = useI18n();
  // null until read; without a voice the speaker shows only once a recording is found, so it
  // never appears and then vanishes again.
  const recording = useLiveQuery<PromptRecording | null>(
    () => getRecordingInfo(lang, prompt).catch(noRecording),
    [lang, prompt],
    null,
  );
  const voices = useVoices();
  const voice = voiceFor(voices, lang);
  // Outside a kiosk frame (the help on its own) the speaker keeps a store of its own.
  const [ownStore] = useState(createReadAloud);
  const store = useReadAloud() ?? ownStore;
  const [playing, setPlaying] = useState(false);
  const mine = useRef<ReadingSession | null>(null);

  // Another screen or language: what this button was reading belongs to the last one.
  useEffect(
    () => () => {
      if (mine.current) store.stop();
    },
    [lang, prompt, store],
  );

  const read = () => {
    // A second tap stops the reading.
    if (mine.current) {
      store.stop();
      return;
    }
    const script = (readsScreen ? store.script() : null) ?? [{ item: prompt }];
    let stopReading: (() => void) | null = null;
    let over = false;
    const finish = () => {
      if (over) return;
      over = true;
      stopReading?.();
      session.end();
      if (mine.current === session) mine.current = null;
      setPlaying(false);
    };
    const session = store.start(finish);
    mine.current = session;
    setPlaying(true);
    const begin = ({ readScript }: Reader) => {
      if (over) return;
      stopReading = readScript(
        script,
        { lang, t, countryName, voices },
        { onLine: (line) => session.mark(line.mark ?? null), onEnd: finish },
        recording === undefined ? prompt : undefined,
      );
    };
    // Fetched ahead after the first screen, so it starts within the tap; a tap before that waits
    // a moment for it here.
    const reader = loadedReader();
    if (reader) begin(reader);
    else {
      loadReader().then(begin, (error: unknown) => {
        console.error('The speaker could not load.', error);
        finish();
      });
    }
  };

  if (!recording && !voice) return null;
  const classes = ['speak-button', playing ? 'speak-button--playing' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      class={classes}
      data-action="speak"
      data-sound={recording ? 'recording' : 'speech'}
      aria-pressed={playing}
      onClick={read}
    >
      <Speaker />
      <span>{t(prompt === 'help' || prompt === 'thanks' ? 'sound.listen' : 'sound.speak')}</span>
    </button>
  );
}
