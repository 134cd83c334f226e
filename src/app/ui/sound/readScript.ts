// The speaker's reading of a screen: each line of its script in turn, one sound at a time through
// the player, telling which line is heard so its tile can be marked while it is. Each line is its
// own recording or utterance, so the mark moves when one ends. Loaded at the first tap (and
// fetched ahead once the kiosk is up): the kiosk's first screen does not carry it.
import type { SoundItem } from '../../data/soundItems';
import type { LineSound, Speaking } from './lineSound';
import { lineSound, voiceSound } from './lineSound';
import type { SoundEnd, Stop } from './player';
import { playRecording, speak } from './player';
import type { Script, ScriptLine } from './readAloudStore';

export type { Speaking } from './lineSound';

export interface ReadingEvents {
  /** A line's sound has begun. */
  onLine: (line: ScriptLine) => void;
  /** The reading is over: every line said, or stopped. Told once. */
  onEnd: () => void;
}

function play(sound: LineSound, onEnd: SoundEnd): Stop {
  return sound.via === 'recording'
    ? playRecording(sound.audio, sound.mime, onEnd)
    : speak(sound.text, sound.voice, onEnd);
}

/**
 * Reads `script` aloud; the returned function stops it. `notRecorded` is an item the caller knows
 * has no recording (the speaker watches its question's): when the script opens with it, a voice
 * starts saying it at once, within the tap, which is when Safari lets speech begin.
 */
export function readScript(
  script: Script,
  speaking: Speaking,
  events: ReadingEvents,
  notRecorded?: SoundItem,
): Stop {
  let over = false;
  let stopLine: Stop | null = null;
  const end = () => {
    if (over) return;
    over = true;
    const stopping = stopLine;
    stopLine = null;
    stopping?.();
    events.onEnd();
  };

  const run = async () => {
    for (const [index, line] of script.entries()) {
      const atOnce = index === 0 && line.item === notRecorded && line.text === undefined;
      const sound = (atOnce && voiceSound(line, speaking)) || (await lineSound(line, speaking));
      if (over) return;
      if (!sound) continue;
      events.onLine(line);
      const cutShort = await new Promise<boolean>((resolve) => {
        stopLine = play(sound, resolve);
      });
      stopLine = null;
      // Cut short by another sound: that one has the speaker now.
      if (over || cutShort) break;
    }
    end();
  };
  run().catch((error: unknown) => {
    console.error('The screen could not be read aloud.', error);
    end();
  });
  return end;
}
