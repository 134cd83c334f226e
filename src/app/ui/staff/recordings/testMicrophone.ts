// For the recordings' tests: a microphone and a recorder that give one small, different take each
// time (take n is the bytes [n, n, n]), and an <audio> whose play() only notes what it played.
import { vi } from 'vitest';

export interface TestMicrophone {
  /** What play() was asked to play, in order. */
  played: string[];
  /** How many takes were made. */
  takes: () => number;
  /** How many times a take let go of the microphone. */
  tracksStopped: () => number;
  /** Makes the next requests for the microphone do this instead. */
  answer: (getUserMedia: () => Promise<unknown>) => void;
}

export function installTestMicrophone(): TestMicrophone {
  let takes = 0;
  let tracksStopped = 0;
  const played: string[] = [];

  class FakeMediaRecorder extends EventTarget {
    static isTypeSupported = (mime: string) => mime === 'audio/webm;codecs=opus';
    readonly mimeType: string;
    state: 'inactive' | 'recording' = 'inactive';

    constructor(_stream: MediaStream, options?: { mimeType?: string }) {
      super();
      this.mimeType = options?.mimeType ?? '';
    }

    start() {
      this.state = 'recording';
    }

    stop() {
      this.state = 'inactive';
      takes += 1;
      const data = new Blob([new Uint8Array([takes, takes, takes])], { type: this.mimeType });
      this.dispatchEvent(Object.assign(new Event('dataavailable'), { data }));
      this.dispatchEvent(new Event('stop'));
    }
  }

  const answer = (getUserMedia: () => Promise<unknown>) =>
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: vi.fn(getUserMedia) },
    });

  vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
  answer(() => Promise.resolve({ getTracks: () => [{ stop: () => (tracksStopped += 1) }] }));
  let urls = 0;
  URL.createObjectURL = vi.fn(() => `blob:take-${++urls}`);
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (
    this: HTMLMediaElement,
  ) {
    played.push(this.src);
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);

  return { played, takes: () => takes, tracksStopped: () => tracksStopped, answer };
}

/** Undoes installTestMicrophone. */
export function removeTestMicrophone(): void {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
}
