// The file a centre shares its voices in: every recording as JSON, the audio as base64. Importing
// checks the whole file before writing anything, and never removes a recording the file does not
// replace. Apart from recordings.ts because only the staff view needs it (and zod with it).
//
// Version 2 names what each recording says by its SoundItem key (`item`); version 1, from when only
// the six questions were recorded, named it `prompt`, and is still read. A municipality's name is
// kept under Danish only (one recording serves every language): an entry with a name under any
// other language is refused like any other wrong entry, rather than moved, so a file that says
// something the app would not have written is never half-believed.
import { z } from 'zod/mini';
import { db, writing } from './db';
import { checkRecording, RecordingError, toRecording, toRow } from './recordings';
import { isPromptId } from './soundItems';

export const RECORDINGS_FORMAT = 'velkommen-recordings';
/** The version written; every version from 1 up to it is read. */
const RECORDINGS_VERSION = 2;

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

const EntryFields = {
  language: z.string(),
  mime: z.string(),
  /** ISO 8601; a recording without it counts as made when the file is read. */
  recordedAt: z.optional(z.string()),
  /** The sound's bytes in base64. */
  audio: z.string(),
};

/** One recording as version 2 writes it. */
const RecordingEntrySchema = z.object({ ...EntryFields, item: z.string() });

/** One recording in a version 1 file: one of the six questions, named `prompt`. */
const RecordingEntryV1Schema = z.object({ ...EntryFields, prompt: z.string() });

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
      .map(({ language, item, mime, recordedAt, audio }) => ({
        language,
        item,
        mime,
        recordedAt: new Date(recordedAt).toISOString(),
        audio: toBase64(audio),
      })),
  };
}

interface ImportResult {
  /** New to this tablet. */
  added: number;
  /** Replaced one of the same item and language (only when asked to). */
  replaced: number;
  /** Left as they were, because the tablet had its own and was not asked to replace it. */
  kept: number;
}

type Entry = z.output<typeof RecordingEntrySchema>;

/** An entry of a file of `version` in version 2's shape; throws a RecordingError when it is wrong. */
function readEntry(raw: unknown, version: number, entry: number): Entry {
  if (version === 1) {
    const parsed = RecordingEntryV1Schema.safeParse(raw);
    if (!parsed.success) {
      throw new RecordingError('badEntry', `Recording ${entry} in the file is incomplete.`, entry);
    }
    const { prompt, ...rest } = parsed.data;
    // Version 1 knew the six questions only; anything else in it was never written by the app.
    if (!isPromptId(prompt)) {
      throw new RecordingError(
        'unknownItem',
        `${JSON.stringify(prompt)} is not one of version 1's questions.`,
        entry,
      );
    }
    return { ...rest, item: prompt };
  }
  const parsed = RecordingEntrySchema.safeParse(raw);
  if (!parsed.success) {
    throw new RecordingError('badEntry', `Recording ${entry} in the file is incomplete.`, entry);
  }
  return parsed.data;
}

/** The file's recordings, each checked, as rows to keep; throws a RecordingError for the first wrong one. */
function readRecordings(text: string) {
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
  const { version } = file.data;
  if (version > RECORDINGS_VERSION) {
    throw new RecordingError(
      'newerVersion',
      `The file is version ${version}; this app reads versions 1 to ${RECORDINGS_VERSION}.`,
    );
  }
  if (!Number.isInteger(version) || version < 1) {
    throw new RecordingError(
      'notRecordings',
      `The file's version ${version} is not one there was.`,
    );
  }

  const seen = new Set<string>();
  return file.data.recordings.map((raw, index) => {
    const entry = index + 1;
    const { language, item, mime, recordedAt, audio } = readEntry(raw, version, entry);
    const bytes = fromBase64(audio);
    if (bytes === null) {
      throw new RecordingError('badEntry', `The sound of recording ${entry} is not base64.`, entry);
    }
    checkRecording(language, item, mime, bytes.byteLength, entry);
    const key = `${language}\u0000${item}`;
    if (seen.has(key)) {
      throw new RecordingError(
        'duplicate',
        `Recording ${entry} repeats ${item} in ${language}.`,
        entry,
      );
    }
    seen.add(key);
    const when = recordedAt === undefined ? NaN : Date.parse(recordedAt);
    return {
      key: [language, item] as [string, string],
      row: toRow(language, item, bytes, mime, Number.isFinite(when) ? when : Date.now()),
    };
  });
}

/**
 * Reads a file of recordings (version 1 or 2) and keeps them, all or none. Recordings of an item
 * and language the tablet has already replace its own only when `replace` is set; nothing else is
 * ever removed. Throws a RecordingError saying what is wrong with the file, having written nothing.
 */
export async function importRecordings(
  text: string,
  options: { replace?: boolean } = {},
): Promise<ImportResult> {
  const recordings = readRecordings(text);
  return writing(() =>
    db.transaction('rw', db.recordings, async () => {
      const existing = await db.recordings.bulkGet(recordings.map(({ key }) => key));
      const result: ImportResult = { added: 0, replaced: 0, kept: 0 };
      const toPut = recordings.filter((_, index) => {
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
      await db.recordings.bulkPut(toPut.map(({ row }) => row));
      return result;
    }),
  );
}

/** e.g. velkommen-recordings-2026-11-23T1430Z.json */
export function recordingsFileName(exportedAt: Date): string {
  return `velkommen-recordings-${exportedAt.toISOString().slice(0, 16).replace(':', '')}Z.json`;
}
