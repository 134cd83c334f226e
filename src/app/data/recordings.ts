// The centre's own voices: everything the kiosk says (questions, answers, countries, parts of the
// world, municipality names) read aloud once per language by someone at the centre (an
// interpreter), recorded on the tablet and kept in IndexedDB here only; sync never sends them.
// A centre shares its voices as one JSON file: recordingsFile.ts, which only the staff view loads.
import { isLanguageCode } from '../i18n/languages/languages';
import type { LanguageCode } from '../i18n/languages/languages';
import type { RecordingRow } from './db';
import { db, writing } from './db';
import type { SoundItem } from './soundItems';
import { ANSWERS, isMunicipalityItem, isSoundItem, NAMES_LANGUAGE, PROMPTS } from './soundItems';

// The kiosk's speaker imports these from here; they are defined with the rest of what it says.
export type { PromptId } from './soundItems';
export { PROMPTS } from './soundItems';

/** Far more than a spoken question needs (a minute of speech is some 250 kB); keeps a slip small. */
export const MAX_RECORDING_BYTES = 2 * 1024 * 1024;

interface Recording {
  language: LanguageCode;
  item: SoundItem;
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
  item: SoundItem;
  mime: string;
  recordedAt: number;
}

export type RecordingProblem =
  | 'unknownLanguage'
  | 'unknownItem'
  | 'nameNotDanish'
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

/**
 * Throws a RecordingError when a recording cannot be kept. A municipality's name is kept under
 * Danish only: the kiosk looks for it there whatever its language, so under any other language it
 * would never be heard.
 */
export function checkRecording(
  language: string,
  item: string,
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
  if (!isSoundItem(item)) {
    throw new RecordingError(
      'unknownItem',
      `${JSON.stringify(item)} is nothing the kiosk says.`,
      entry,
    );
  }
  if (isMunicipalityItem(item) && language !== NAMES_LANGUAGE) {
    throw new RecordingError(
      'nameNotDanish',
      `${item} is a municipality's name, recorded once under ${NAMES_LANGUAGE}, not under ${language}.`,
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

// The table's key path, [language+prompt], is the one version 3 of the database made when only the
// six questions were recorded. The `prompt` column now holds any SoundItem key (a question's key is
// one of them), so every recording kept since then still reads and no migration is needed; only
// this file knows the column by its old name, and everything above it says `item`.
function placeOf(row: RecordingRow): { language: LanguageCode; item: SoundItem } | undefined {
  const { language, prompt: item } = row;
  if (!isLanguageCode(language) || !isSoundItem(item)) return undefined;
  if (isMunicipalityItem(item) && language !== NAMES_LANGUAGE) return undefined;
  return { language, item };
}

const keyOf = (language: string, item: string): [string, string] => [language, item];

export function toRecording(row: RecordingRow): Recording | undefined {
  const place = placeOf(row);
  if (!place) return undefined;
  return { ...place, audio: row.audio, mime: row.mime, recordedAt: row.recordedAt };
}

function toInfo(row: RecordingRow): RecordingInfo | undefined {
  const place = placeOf(row);
  return place && { ...place, mime: row.mime, recordedAt: row.recordedAt };
}

/** The row a checked recording is kept as. */
export function toRow(
  language: string,
  item: string,
  audio: ArrayBuffer,
  mime: string,
  recordedAt: number,
): RecordingRow {
  return { language, prompt: item, audio, mime, recordedAt };
}

/**
 * Keeps a recording of one item in one language, replacing the earlier one of the same item and
 * language. Throws a RecordingError, keeping the earlier one, when it cannot be used.
 */
export async function saveRecording(
  language: string,
  item: string,
  audio: ArrayBuffer,
  mime: string,
): Promise<void> {
  checkRecording(language, item, mime, audio.byteLength);
  // A copy: the caller's buffer may be reused or detached after this returns.
  const row = toRow(language, item, audio.slice(0), mime, Date.now());
  await writing(() => db.recordings.put(row));
}

/** The recording of this item in this language, or undefined when there is none. */
export async function getRecording(language: string, item: string): Promise<Recording | undefined> {
  const row = await db.recordings.get(keyOf(language, item));
  return row && toRecording(row);
}

/** Whether the tablet has a recording of this item in this language, and of what kind. */
export async function getRecordingInfo(
  language: string,
  item: string,
): Promise<RecordingInfo | undefined> {
  const row = await db.recordings.get(keyOf(language, item));
  return row && toInfo(row);
}

const FIXED_ORDER: readonly string[] = [...PROMPTS, ...ANSWERS];

/** The questions and fixed answers in the kiosk's order, then the names in the order of their keys. */
function byItem(a: SoundItem, b: SoundItem): number {
  const rank = (item: SoundItem) => {
    const index = FIXED_ORDER.indexOf(item);
    return index === -1 ? FIXED_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** What the tablet holds, in the order of the languages and then of the items. */
export async function listRecordings(): Promise<RecordingInfo[]> {
  const rows = await db.recordings.toArray();
  return rows
    .flatMap((row) => {
      const info = toInfo(row);
      return info ? [info] : [];
    })
    .sort((a, b) => a.language.localeCompare(b.language) || byItem(a.item, b.item));
}

/** Removes one recording; the kiosk then speaks that item with the browser's voice, if it has one. */
export async function deleteRecording(language: string, item: string): Promise<void> {
  await writing(() => db.recordings.delete(keyOf(language, item)));
}
