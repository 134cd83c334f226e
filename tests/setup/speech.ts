// Recorded stand-ins for the browser's sound in component tests (jsdom has neither speech nor
// audio): window.speechSynthesis with the voices a test chooses, and HTMLMediaElement's play().
// Each logs what was said or played with the element marked data-reading="true" at its end, so a
// test sees both what the kiosk said and which tile it marked meanwhile. By default a sound ends
// on its own a moment later; with `manual` it ends only when the test says so (finish()).
import { vi } from 'vitest';

export interface TestVoice {
  lang: string;
  name?: string;
  default?: boolean;
}

/** One utterance: its words, the voice's language, and the element marked when it ended. */
export interface Utterance {
  text: string;
  lang: string;
  marked: Element | null;
  /** Stopped before its end (cancel()). */
  cut: boolean;
}

class FakeUtterance extends EventTarget {
  text: string;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  volume = 1;
  rate = 1;
  pitch = 1;
  constructor(text?: string) {
    super();
    this.text = text ?? '';
  }
}

const markedNow = () => document.querySelector('[data-reading="true"]');

/** Installs a stand-in speechSynthesis with `voices`; undone by vi.unstubAllGlobals(). */
export function installFakeSpeech(voices: readonly TestVoice[], { manual = false } = {}) {
  const said: Utterance[] = [];
  const voiceObjects = voices.map((voice) => ({
    lang: voice.lang,
    name: voice.name ?? voice.lang,
    voiceURI: voice.name ?? voice.lang,
    localService: true,
    default: voice.default ?? false,
  }));
  let current: { utterance: FakeUtterance; logged: Utterance } | null = null;

  const end = (event: 'end' | 'error', cut: boolean) => {
    if (!current) return;
    const { utterance, logged } = current;
    current = null;
    logged.marked = markedNow();
    logged.cut = cut;
    utterance.dispatchEvent(new Event(event));
  };

  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voiceObjects,
    speak: vi.fn((utterance: FakeUtterance) => {
      end('error', true);
      const logged: Utterance = {
        text: utterance.text,
        lang: utterance.voice?.lang ?? utterance.lang,
        marked: null,
        cut: false,
      };
      said.push(logged);
      current = { utterance, logged };
      if (!manual) {
        setTimeout(() => {
          if (current?.utterance === utterance) end('end', false);
        }, 5);
      }
    }),
    cancel: vi.fn(() => end('error', true)),
    pause: vi.fn(),
    resume: vi.fn(),
  });
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return {
    synth,
    said,
    /** The words said so far, in order. */
    texts: () => said.map((utterance) => utterance.text),
    /** Whether an utterance is being said now. */
    speaking: () => current !== null,
    /** Ends the utterance being said, as if it had run out (manual mode). */
    finish: () => end('end', false),
  };
}

/** One recording played: its bytes and the element marked when it ended. */
export interface Played {
  bytes: number[];
  marked: Element | null;
}

/** Plays recordings into a log, each "ending" a moment after it starts; restored by vi.restoreAllMocks(). */
export function installFakeAudio() {
  const played: Played[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  // jsdom has no object URLs: a placeholder to stand in for, put back by vi.restoreAllMocks().
  if (typeof URL.createObjectURL !== 'function') {
    Object.assign(URL, { createObjectURL: () => '', revokeObjectURL: () => undefined });
  }
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    next += 1;
    const url = `blob:recording-${next}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const paused = new WeakSet<HTMLMediaElement>();
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    paused.add(this);
  });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(async function (
    this: HTMLMediaElement,
  ) {
    const blob = blobs.get(this.src);
    const bytes = blob ? [...new Uint8Array(await blob.arrayBuffer())] : [];
    const entry: Played = { bytes, marked: null };
    played.push(entry);
    setTimeout(() => {
      if (paused.has(this)) return;
      entry.marked = markedNow();
      this.dispatchEvent(new Event('ended'));
    }, 5);
  });
  return { played };
}
