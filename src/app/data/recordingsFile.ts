// The file a centre shares its voices in: every recording as JSON, the audio as base64. Importing
// checks the whole file before writing anything, and never removes a recording the file does not
// replace. Apart from recordings.ts because only the staff view needs it (and zod with it).
import { z } from 'zod/mini';
import type { RecordingRow } from './db';
import { db, writing } from './db';
import { checkRecording, RecordingError, toRecording } from './recordings';

export const RECORDINGS_FORMAT = 'velkommen-recordings';
const RECORDINGS_VERSION = 1;

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

const RecordingEntrySchema = z.object({
  language: z.string(),
  prompt: z.string(),
  mime: z.string(),
  /** ISO 8601; a recording without it counts as made when the file is read. */
  recordedAt: z.optional(z.string()),
  /** The sound's bytes in base64. */
  audio: z.string(),
});

/** The file as it is written. */
const RecordingsFileSchema = z.object({
  format: z.literal(RECORDINGS_FORMAT),
  version: z.literal(RECORDINGS_VERSION),
  exportedAt: z.string(),
  recordings: z.array(RecordingEntrySchema),
});

type RecordingsFile = z.output<typeof RecordingsFileSchema>;

// What reading looks at first: the file's format with any version and any entries, so a newer
// version and each wrong entry get a sentence of their own.
const EnvelopeSchema = z.extend(z.pick(RecordingsFileSchema, { format: true }), {
  version: z.number(),
  recordings: z.array(z.unknown()),
});

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

interface ImportResult {
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
  const file = EnvelopeSchema.safeParse(value);
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
    const parsed = RecordingEntrySchema.safeParse(raw);
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
