// A recorded stand-in for the browser's speech and sound, installed before the app loads: the
// voices a test chooses, and a log of everything the kiosk says, whether by voice or by recording,
// with the text of whatever the screen marks as being read at that moment. Chromium in a test
// machine has no voices of its own, and a tablet's set differs from one maker to the next.
import type { BrowserContext, Page } from 'playwright-core';

export interface StandInVoice {
  name: string;
  lang: string;
}

/** One thing the kiosk said. */
export interface Said {
  via: 'voice' | 'recording';
  /** The words given to the voice, or the body of the recording played. */
  what: string;
  /** The voice's language, for speech. */
  lang?: string;
  /** Which element was marked `data-reading` while it was said: its code, action or role. */
  marked: string | null;
}

/** How long each utterance or recording "lasts": long enough for the screen to mark it. */
const SAYING_MS = 60;

function install({ voices, sayingMs }: { voices: StandInVoice[]; sayingMs: number }): void {
  const log: Said[] = [];
  Object.assign(window, { said: log });
  // What the marked element is: its tile's code, its action, or its role (the "me and children"
  // box is a group).
  const marked = () => {
    const element = document.querySelector<HTMLElement>('[data-reading="true"]');
    if (!element) return null;
    return element.dataset.code ?? element.dataset.action ?? element.getAttribute('role') ?? '?';
  };

  class StandInVoiceObject {
    readonly voiceURI: string;
    readonly localService = true;
    readonly default = false;
    constructor(
      readonly name: string,
      readonly lang: string,
    ) {
      this.voiceURI = name;
    }
  }
  const voiceObjects = voices.map((voice) => new StandInVoiceObject(voice.name, voice.lang));

  class StandInUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: StandInVoiceObject | null = null;
    volume = 1;
    rate = 1;
    pitch = 1;
    constructor(text?: string) {
      super();
      this.text = text ?? '';
    }
  }

  let current: { utterance: StandInUtterance; timer: number } | null = null;
  const synthesis = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voiceObjects,
    speak(utterance: StandInUtterance) {
      // One at a time, as the kiosk asks: a new one while another is said interrupts it.
      synthesis.cancel();
      synthesis.speaking = true;
      const timer = window.setTimeout(() => {
        log.push({
          via: 'voice',
          what: utterance.text,
          lang: utterance.voice?.lang ?? utterance.lang,
          marked: marked(),
        });
        current = null;
        synthesis.speaking = false;
        utterance.dispatchEvent(new Event('end'));
      }, sayingMs);
      current = { utterance, timer };
    },
    cancel() {
      if (!current) return;
      const { utterance, timer } = current;
      current = null;
      synthesis.speaking = false;
      window.clearTimeout(timer);
      utterance.dispatchEvent(new Event('error'));
    },
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: StandInUtterance,
    configurable: true,
  });

  // A recording "plays" by being read: a chunk of its own (KEY:…) says what it is, else its whole
  // body does. One stopped before its end (paused) is not logged, as it was never heard in full.
  const stopped = new WeakSet<HTMLMediaElement>();
  HTMLMediaElement.prototype.pause = function (this: HTMLMediaElement) {
    stopped.add(this);
  };
  HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) {
    return playStandIn(this);
  };
  const playStandIn = (element: HTMLMediaElement) =>
    fetch(element.src)
      .then((response) => response.text())
      .then(
        (body) =>
          new Promise<void>((resolve) => {
            window.setTimeout(() => {
              resolve();
              if (stopped.has(element)) return;
              log.push({
                via: 'recording',
                what: /KEY:([^;]*);/.exec(body)?.[1] ?? body,
                marked: marked(),
              });
              element.dispatchEvent(new Event('ended'));
            }, sayingMs);
          }),
      );
}

/** Installs the stand-in in every page of `context`, with these voices and no others. */
export async function installSpeechStandIn(
  context: BrowserContext,
  voices: StandInVoice[],
): Promise<void> {
  await context.addInitScript(install, { voices, sayingMs: SAYING_MS });
}

/** Everything said in `page` since it loaded. */
export async function saidSoFar(page: Page): Promise<Said[]> {
  return page.evaluate(() => (window as unknown as { said: Said[] }).said);
}

/** Clears the log, for the next screen. */
export async function forgetSaid(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { said: Said[] }).said.length = 0;
  });
}
