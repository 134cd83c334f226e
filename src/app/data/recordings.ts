// The centre's own voices: each kiosk prompt read aloud once per language by someone at the centre
// (an interpreter), recorded on the tablet and kept in IndexedDB here only; sync never sends them.
// A centre shares its voices as one JSON file (audio as base64). Importing checks the whole file
// before writing anything, and never removes a recording the file does not replace.
import * as z from 'zod/mini';
import { isLanguageCode } from '../i18n/languages';
import type { LanguageCode } from '../i18n/languages';
import type { RecordingRow } from './db';
import { db, writing } from './db';

/** Every prompt the kiosk can say: one per screen's question, and the help. */
export const PROMPTS = ['country', 'municipality', 'party', 'summary', 'thanks', 'help'] as const;
export type PromptId = (typeof PROMPTS)[number];

export function isPromptId(value: unknown): value is PromptId {
  return PROMPTS.some((prompt) => prompt === value);
}

export const RECORDINGS_FORMAT = 'velkommen-recordings';
export const RECORDINGS_VERSION = 1;
/** Far more than a spoken question needs (a minute of speech is some 250 kB); keeps a slip small. */
export const MAX_RECORDING_BYTES = 2 * 1024 * 1024;

export interface Recording {
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

function checkRecording(
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

function toRecording(row: RecordingRow): Recording | undefined {
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

// ---- The file a centre shares its voices in ----

export function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  // In slices, so a long recording does not overflow the argument list.
  for (let start = 0; start < view.length; start += 0x8000) {
    binary += String.fromCharCode(...view.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function fromBase64(text: string): ArrayBuffer | null {
  if (!BASE64.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

const FileEntrySchema = z.object({
  language: z.string(),
  prompt: z.string(),
  mime: z.string(),
  recordedAt: z.optional(z.string()),
  audio: z.string(),
});

const FileSchema = z.object({
  format: z.literal(RECORDINGS_FORMAT),
  version: z.number(),
  recordings: z.array(z.unknown()),
});

export interface RecordingsFile {
  format: typeof RECORDINGS_FORMAT;
  version: typeof RECORDINGS_VERSION;
  exportedAt: string;
  recordings: {
    language: string;
    prompt: string;
    mime: string;
    recordedAt: string;
    /** The sound's bytes in base64. */
    audio: string;
  }[];
}

/** Every recording on the tablet as one file's contents, ready for JSON. */
export async function exportRecordings(now: Date = new Date()): Promise<RecordingsFile> {
  const rows = await db.recordings.toArray();
  return {
    format: RECORDINGS_FORMAT,
    version: RECORDINGS_VERSION,
    exportedAt: now.toISOString(),
    recordings: rows
      .flatMap((row) => {
        const recording = toRecording(row);
        return recording ? [recording] : [];
      })
      .map(({ language, prompt, mime, recordedAt, audio }) => ({
        language,
        prompt,
        mime,
        recordedAt: new Date(recordedAt).toISOString(),
        audio: toBase64(audio),
      })),
  };
}

export interface ImportResult {
  /** New to this tablet. */
  added: number;
  /** Replaced one of the same prompt and language (only when asked to). */
  replaced: number;
  /** Left as they were, because the tablet had its own and was not asked to replace it. */
  kept: number;
}

/**
 * Reads a file of recordings and keeps them, all or none. Recordings of a prompt and language the
 * tablet has already replace its own only when `replace` is set; nothing else is ever removed.
 * Throws a RecordingError saying what is wrong with the file, having written nothing.
 */
export async function importRecordings(
  text: string,
  options: { replace?: boolean } = {},
): Promise<ImportResult> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new RecordingError('notJson', 'The file is not JSON.');
  }
  const file = FileSchema.safeParse(value);
  if (!file.success) {
    throw new RecordingError('notRecordings', 'The file is not a file of Velkommen recordings.');
  }
  if (file.data.version !== RECORDINGS_VERSION) {
    throw new RecordingError(
      'newerVersion',
      `The file is version ${file.data.version}; this app reads version ${RECORDINGS_VERSION}.`,
    );
  }

  const rows: RecordingRow[] = [];
  const seen = new Set<string>();
  file.data.recordings.forEach((raw, index) => {
    const entry = index + 1;
    const parsed = FileEntrySchema.safeParse(raw);
    if (!parsed.success) {
      throw new RecordingError('badEntry', `Recording ${entry} in the file is incomplete.`, entry);
    }
    const { language, prompt, mime, recordedAt, audio } = parsed.data;
    const bytes = fromBase64(audio);
    if (bytes === null) {
      throw new RecordingError('badEntry', `The sound of recording ${entry} is not base64.`, entry);
    }
    checkRecording(language, prompt, mime, bytes.byteLength, entry);
    const key = `${language}\u0000${prompt}`;
    if (seen.has(key)) {
      throw new RecordingError(
        'duplicate',
        `Recording ${entry} repeats ${prompt} in ${language}.`,
        entry,
      );
    }
    seen.add(key);
    const when = recordedAt === undefined ? NaN : Date.parse(recordedAt);
    rows.push({
      language,
      prompt,
      mime,
      audio: bytes,
      recordedAt: Number.isFinite(when) ? when : Date.now(),
    });
  });

  return writing(() =>
    db.transaction('rw', db.recordings, async () => {
      const existing = await db.recordings.bulkGet(rows.map((row) => [row.language, row.prompt]));
      const result: ImportResult = { added: 0, replaced: 0, kept: 0 };
      const toPut = rows.filter((_, index) => {
        if (existing[index] === undefined) {
          result.added += 1;
          return true;
        }
        if (options.replace) {
          result.replaced += 1;
          return true;
        }
        result.kept += 1;
        return false;
      });
      await db.recordings.bulkPut(toPut);
      return result;
    }),
  );
}

/** e.g. velkommen-recordings-2026-11-23T1430Z.json */
export function recordingsFileName(exportedAt: Date): string {
  return `velkommen-recordings-${exportedAt.toISOString().slice(0, 16).replace(':', '')}Z.json`;
}
