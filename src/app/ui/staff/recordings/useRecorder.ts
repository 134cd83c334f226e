// One take of one prompt with the tablet's microphone: ask for it, record until Stop (or a minute,
// whichever comes first), then hand back the sound for listening and keeping. The microphone is
// released as soon as a take ends, so the tablet never shows it in use longer than needed.
import { useEffect, useRef, useState } from 'preact/hooks';

/** Far longer than any prompt; a forgotten Stop does not fill the tablet. */
const MAX_TAKE_MS = 60_000;

export type RecorderProblem = 'denied' | 'noMicrophone' | 'unsupported' | 'failed' | 'empty';

export type RecorderState =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'recording' }
  | { kind: 'recorded'; audio: Blob; mime: string }
  | { kind: 'failed'; problem: RecorderProblem };

// Opus is small and clear for speech; Safari records only MP4 (AAC).
const MIME_CHOICES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];

/** The first sound format the browser can record, or undefined to let it choose. */
export function preferredMime(isTypeSupported: (mime: string) => boolean): string | undefined {
  return MIME_CHOICES.find((mime) => {
    try {
      return isTypeSupported(mime);
    } catch {
      return false;
    }
  });
}

function problemOf(error: unknown): RecorderProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noMicrophone';
  return 'failed';
}

export interface Recorder {
  state: RecorderState;
  start: () => Promise<void>;
  stop: () => void;
  /** Drops a take that was not kept. */
  reset: () => void;
}

export function useRecorder(): Recorder {
  const [state, setState] = useState<RecorderState>({ kind: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);

  const stop = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const current = recorder.current;
    if (current && current.state !== 'inactive') current.stop();
  };

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      stop();
    };
  }, []);

  const set = (next: RecorderState) => {
    if (alive.current) setState(next);
  };

  const start = async () => {
    if (typeof MediaRecorder !== 'function' || !navigator.mediaDevices?.getUserMedia) {
      set({ kind: 'failed', problem: 'unsupported' });
      return;
    }
    set({ kind: 'asking' });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true },
      });
    } catch (error) {
      set({ kind: 'failed', problem: problemOf(error) });
      return;
    }
    const release = () => stream.getTracks().forEach((track) => track.stop());
    if (!alive.current) {
      release();
      return;
    }
    const chosen = preferredMime((mime) => MediaRecorder.isTypeSupported(mime));
    let take: MediaRecorder;
    try {
      take = new MediaRecorder(stream, chosen ? { mimeType: chosen } : undefined);
    } catch (error) {
      release();
      set({ kind: 'failed', problem: problemOf(error) });
      return;
    }
    const chunks: Blob[] = [];
    let failed = false;
    take.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    });
    take.addEventListener('error', () => {
      failed = true;
    });
    take.addEventListener('stop', () => {
      release();
      recorder.current = null;
      const mime = take.mimeType || chunks[0]?.type || chosen || 'audio/webm';
      const audio = new Blob(chunks, { type: mime });
      if (failed) set({ kind: 'failed', problem: 'failed' });
      else if (audio.size === 0) set({ kind: 'failed', problem: 'empty' });
      else set({ kind: 'recorded', audio, mime });
    });
    recorder.current = take;
    take.start();
    set({ kind: 'recording' });
    timer.current = setTimeout(stop, MAX_TAKE_MS);
  };

  return { state, start, stop, reset: () => set({ kind: 'idle' }) };
}
