// What the kiosk's speaker reads and which tile it is reading: the screen on show publishes its
// script (the question, then each choice in the order she sees them), the speaker reads it at a
// tap, and the tiles follow along to mark the one being heard. One store per kiosk frame, handed
// down by context (ReadAloud.tsx); the reading itself loads apart (readScript.ts).
import type { SoundItem } from '../../data/soundItems';

/** One thing the speaker says, while the tile or button `mark` is marked. */
export interface ScriptLine {
  item: SoundItem;
  /** The key of the tile or button to mark while this line is heard. */
  mark?: string;
  /**
   * Words for the voice when they say more than the item's own (the summary's "Mig og børn: 2"):
   * where the language has a voice it says these; where it has none, the item's recording plays.
   */
  text?: string;
}

export type Script = readonly ScriptLine[];

/** Null while nothing is read; else the mark of the line being heard (null between tiles). */
export type Reading = { mark: string | null } | null;

/** A reading under way, as its speaker reports it to the store. */
export interface ReadingSession {
  /** The line with this mark (or none) is being heard now. */
  mark(mark: string | null): void;
  /** The reading has ended, run out or stopped. */
  end(): void;
}

export interface ReadAloud {
  /** The script of the screen on show, or null before a screen has published one. */
  script(): Script | null;
  /** A screen shows its script; a different one (a new screen, a page turned) stops the reading. */
  publish(script: Script | null): void;
  /** Takes `script` back if it is still the one shown: its screen has gone. */
  withdraw(script: Script): void;
  reading(): Reading;
  subscribe(listener: () => void): () => void;
  /** A reading begins, stopped by `stop`; the one before it stops first. */
  start(stop: () => void): ReadingSession;
  /** Stops the reading under way, if there is one. */
  stop(): void;
}

export function createReadAloud(): ReadAloud {
  let script: Script | null = null;
  let scriptKey = '';
  let reading: Reading = null;
  let stopReading: (() => void) | null = null;
  const listeners = new Set<() => void>();

  const show = (next: Reading) => {
    if (next?.mark === reading?.mark && (next === null) === (reading === null)) return;
    reading = next;
    for (const listener of listeners) listener();
  };

  const stop = () => {
    const stopping = stopReading;
    stopReading = null;
    stopping?.();
    show(null);
  };

  const publish = (next: Script | null) => {
    script = next;
    // Compared by content: a screen that only renders again has not changed what it reads.
    const key = next === null ? '' : JSON.stringify(next);
    if (key === scriptKey) return;
    scriptKey = key;
    stop();
  };

  return {
    script: () => script,
    publish,
    withdraw: (shown) => {
      if (script === shown) publish(null);
    },
    reading: () => reading,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: (stopIt) => {
      stop();
      stopReading = stopIt;
      show({ mark: null });
      const current = () => stopReading === stopIt;
      return {
        mark: (mark) => {
          if (current()) show({ mark });
        },
        end: () => {
          if (!current()) return;
          stopReading = null;
          show(null);
        },
      };
    },
    stop,
  };
}
