// The centre's own voices: each kiosk prompt read aloud once per language by someone at the centre
// (an interpreter), recorded on the tablet and kept in IndexedDB here only; sync never sends them.
// A centre shares its voices as one JSON file: recordingsFile.ts, which only the staff view loads.
import { isLanguageCode } from '../i18n/languages/languages';
import type { LanguageCode } from '../i18n/languages/languages';
import type { RecordingRow } from './db';
import { db, writing } from './db';

/** Every prompt the kiosk can say: one per screen's question, and the help. */
export const PROMPTS = ['country', 'municipality', 'party', 'summary', 'thanks', 'help'] as const;
export type PromptId = (typeof PROMPTS)[number];

function isPromptId(value: unknown): value is PromptId {
  return PROMPTS.some((prompt) => prompt === value);
}

/** Far more than a spoken question needs (a minute of speech is some 250 kB); keeps a slip small. */
export const MAX_RECORDING_BYTES = 2 * 1024 * 1024;

interface Recording {
  language: LanguageCode;
  prompt: PromptId;
  audio: ArrayBuffer;
  mime: string;
  recordedAt: number;
}

/**
 * Which recordings the tablet has, without their sound: what screens watch live. The sound itself
 * is read only when it is played, so a live query never holds (or copies) every recording's bytes.
 */
export interface RecordingInfo {
  language: LanguageCode;
  prompt: PromptId;
  mime: string;
  recordedAt: number;
}

export type RecordingProblem =
  | 'unknownLanguage'
  | 'unknownPrompt'
  | 'notAudio'
  | 'empty'
  | 'tooLarge'
  | 'notJson'
  | 'notRecordings'
  | 'newerVersion'
  | 'badEntry'
  | 'duplicate';

/** A recording, or a file of them, that was not kept. Nothing the tablet had before was changed. */
export class RecordingError extends Error {
  readonly problem: RecordingProblem;
  /** For a file: the position (from 1) of the recording in it that is wrong. */
  readonly entry?: number;

  constructor(problem: RecordingProblem, message: string, entry?: number) {
    super(message);
    this.name = 'RecordingError';
    this.problem = problem;
    if (entry !== undefined) this.entry = entry;
  }
}

const AUDIO_MIME = /^audio\/[a-z0-9.+-]+(;[ -~]*)?$/i;

export function checkRecording(
  language: string,
  prompt: string,
  mime: string,
  bytes: number,
  entry?: number,
): void {
  if (!isLanguageCode(language)) {
    throw new RecordingError(
      'unknownLanguage',
      `${JSON.stringify(language)} is not a kiosk language.`,
      entry,
    );
  }
  if (!isPromptId(prompt)) {
    throw new RecordingError(
      'unknownPrompt',
      `${JSON.stringify(prompt)} is not a kiosk prompt.`,
      entry,
    );
  }
  if (mime.length > 200 || !AUDIO_MIME.test(mime)) {
    throw new RecordingError(
      'notAudio',
      `The recording is not sound (${mime || 'no type'}).`,
      entry,
    );
  }
  if (bytes === 0) throw new RecordingError('empty', 'The recording is empty.', entry);
  if (bytes > MAX_RECORDING_BYTES) {
    throw new RecordingError(
      'tooLarge',
      `The recording is ${Math.ceil(bytes / 1024)} kB; at most ${MAX_RECORDING_BYTES / 1024} kB is kept.`,
      entry,
    );
  }
}

export function toRecording(row: RecordingRow): Recording | undefined {
  if (!isLanguageCode(row.language) || !isPromptId(row.prompt)) return undefined;
  return { ...row, language: row.language, prompt: row.prompt };
}

function toInfo(row: RecordingRow): RecordingInfo | undefined {
  if (!isLanguageCode(row.language) || !isPromptId(row.prompt)) return undefined;
  return { language: row.language, prompt: row.prompt, mime: row.mime, recordedAt: row.recordedAt };
}

/**
 * Keeps a recording of one prompt in one language, replacing the earlier one of the same prompt and
 * language. Throws a RecordingError, keeping the earlier one, when it cannot be used.
 */
export async function saveRecording(
  language: string,
  prompt: string,
  audio: ArrayBuffer,
  mime: string,
): Promise<void> {
  checkRecording(language, prompt, mime, audio.byteLength);
  // A copy: the caller's buffer may be reused or detached after this returns.
  const row: RecordingRow = {
    language,
    prompt,
    audio: audio.slice(0),
    mime,
    recordedAt: Date.now(),
  };
  await writing(() => db.recordings.put(row));
}

/** The recording of this prompt in this language, or undefined when there is none. */
export async function getRecording(
  language: string,
  prompt: string,
): Promise<Recording | undefined> {
  const row = await db.recordings.get([language, prompt]);
  return row && toRecording(row);
}

/** Whether the tablet has a recording of this prompt in this language, and of what kind. */
export async function getRecordingInfo(
  language: string,
  prompt: string,
): Promise<RecordingInfo | undefined> {
  const row = await db.recordings.get([language, prompt]);
  return row && toInfo(row);
}

/** What the tablet holds, in the order of the languages and then of the prompts. */
export async function listRecordings(): Promise<RecordingInfo[]> {
  const rows = await db.recordings.toArray();
  return rows
    .flatMap((row) => {
      const info = toInfo(row);
      return info ? [info] : [];
    })
    .sort(
      (a, b) =>
        a.language.localeCompare(b.language) ||
        PROMPTS.indexOf(a.prompt) - PROMPTS.indexOf(b.prompt),
    );
}

/** Removes one recording; the kiosk then speaks that prompt with the browser's voice, if it has one. */
export async function deleteRecording(language: string, prompt: string): Promise<void> {
  await writing(() => db.recordings.delete([language, prompt]));
}
