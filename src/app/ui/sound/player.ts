// The kiosk's one sound at a time: a recording or the browser's speech, never both, never on its
// own (only a tap starts one), at a modest volume so the waiting room does not hear every question.
// Starting a sound stops the one before; a screen that goes away stops its own.

/** Loud enough beside the tablet, quiet enough across the room. */
export const VOLUME = 0.6;
/** A little slower than the voices' default, for a listener in her second or third language. */
const SPEECH_RATE = 0.9;

let stopCurrent: (() => void) | null = null;
// The utterance being said: Chromium drops an utterance nobody holds, and its 'end' with it, which
// would leave a reading waiting for ever.
let saying: SpeechSynthesisUtterance | null = null;

/** Stops whatever the kiosk is saying. */
export function stopSound(): void {
  const stop = stopCurrent;
  stopCurrent = null;
  stop?.();
}

/** Stops one sound; does nothing once that sound has ended. */
export type Stop = () => void;

/**
 * Told once, when a sound ends: `stopped` when it was cut short (its stop, or another sound), not
 * when it ran out or could not be played, so a reading knows whether to go on to its next line.
 */
export type SoundEnd = (stopped: boolean) => void;

/** Plays recorded sound; `onEnd` is told once, when it ends, fails or is stopped. */
export function playRecording(audio: ArrayBuffer | Blob, mime: string, onEnd: SoundEnd): Stop {
  stopSound();
  const url = URL.createObjectURL(
    audio instanceof Blob ? audio : new Blob([audio], { type: mime }),
  );
  const element = new Audio(url);
  element.volume = VOLUME;
  let ended = false;
  const finish = (stopped: boolean) => {
    if (ended) return;
    ended = true;
    if (stopCurrent === stop) stopCurrent = null;
    element.pause();
    URL.revokeObjectURL(url);
    onEnd(stopped);
  };
  const stop = () => finish(true);
  const ranOut = () => finish(false);
  stopCurrent = stop;
  element.addEventListener('ended', ranOut);
  element.addEventListener('error', ranOut);
  try {
    // Older browsers return nothing from play(); newer ones a promise that may be refused.
    void Promise.resolve(element.play()).catch(ranOut);
  } catch {
    ranOut();
  }
  return stop;
}

/** Says `text` with the browser's `voice`; `onEnd` is told once, when it ends, fails or is stopped. */
export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: SoundEnd): Stop {
  stopSound();
  const synth = window.speechSynthesis;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.volume = VOLUME;
  utterance.rate = SPEECH_RATE;
  let ended = false;
  const finish = (stopped: boolean) => {
    if (ended) return;
    ended = true;
    if (stopCurrent === stop) stopCurrent = null;
    if (saying === utterance) {
      saying = null;
      // Cut short: the voice falls silent at once rather than finishing its sentence.
      if (stopped) synth.cancel();
    }
    onEnd(stopped);
  };
  const stop = () => finish(true);
  const ranOut = () => finish(false);
  stopCurrent = stop;
  saying = utterance;
  utterance.addEventListener('end', ranOut);
  utterance.addEventListener('error', ranOut);
  synth.cancel();
  synth.speak(utterance);
  return stop;
}
