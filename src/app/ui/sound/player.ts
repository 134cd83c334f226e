// The kiosk's one sound at a time: a recording or the browser's speech, never both, never on its
// own (only a tap starts one), at a modest volume so the waiting room does not hear every question.
// Starting a sound stops the one before; a screen that goes away stops its own.

/** Loud enough beside the tablet, quiet enough across the room. */
export const VOLUME = 0.6;
/** A little slower than the voices' default, for a listener in her second or third language. */
const SPEECH_RATE = 0.9;

let stopCurrent: (() => void) | null = null;

/** Stops whatever the kiosk is saying. */
export function stopSound(): void {
  const stop = stopCurrent;
  stopCurrent = null;
  stop?.();
}

/** Stops one sound; does nothing once that sound has ended. */
export type Stop = () => void;

/** Plays recorded sound; `onEnd` is told once, when it ends, fails or is stopped. */
export function playRecording(audio: ArrayBuffer | Blob, mime: string, onEnd: () => void): Stop {
  stopSound();
  const url = URL.createObjectURL(
    audio instanceof Blob ? audio : new Blob([audio], { type: mime }),
  );
  const element = new Audio(url);
  element.volume = VOLUME;
  let ended = false;
  const finish = () => {
    if (ended) return;
    ended = true;
    if (stopCurrent === finish) stopCurrent = null;
    element.pause();
    URL.revokeObjectURL(url);
    onEnd();
  };
  stopCurrent = finish;
  element.addEventListener('ended', finish);
  element.addEventListener('error', finish);
  try {
    // Older browsers return nothing from play(); newer ones a promise that may be refused.
    void Promise.resolve(element.play()).catch(finish);
  } catch {
    finish();
  }
  return finish;
}

/** Says `text` with the browser's `voice`; `onEnd` is told once, when it ends, fails or is stopped. */
export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): Stop {
  stopSound();
  const synth = window.speechSynthesis;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.volume = VOLUME;
  utterance.rate = SPEECH_RATE;
  let ended = false;
  const finish = () => {
    if (ended) return;
    ended = true;
    if (stopCurrent === finish) {
      stopCurrent = null;
      synth.cancel();
    }
    onEnd();
  };
  stopCurrent = finish;
  utterance.addEventListener('end', finish);
  utterance.addEventListener('error', finish);
  synth.cancel();
  synth.speak(utterance);
  return finish;
}
