import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import {
  deleteRecording,
  getRecording,
  getRecordingInfo,
  listRecordings,
  MAX_RECORDING_BYTES,
  RecordingError,
  saveRecording,
} from './recordings';
import {
  exportRecordings,
  fromBase64,
  importRecordings,
  RECORDINGS_FORMAT,
  recordingsFileName,
  toBase64,
} from './recordingsFile';

const OPUS = 'audio/webm;codecs=opus';
const sound = (...bytes: number[]) => new Uint8Array(bytes).buffer;
const bytesOf = (buffer: ArrayBuffer | undefined) => (buffer ? [...new Uint8Array(buffer)] : []);

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('recordings on the tablet', () => {
  it('are kept per language and prompt and read back with their type', async () => {
    await saveRecording('ar', 'country', sound(1, 2, 3), OPUS);
    await saveRecording('da', 'country', sound(4), 'audio/mp4');

    const arabic = await getRecording('ar', 'country');
    expect(bytesOf(arabic?.audio)).toEqual([1, 2, 3]);
    expect(arabic?.mime).toBe(OPUS);
    expect(bytesOf((await getRecording('da', 'country'))?.audio)).toEqual([4]);
    expect(await getRecording('ar', 'help')).toBeUndefined();
    expect((await listRecordings()).map(({ language, prompt }) => [language, prompt])).toEqual([
      ['ar', 'country'],
      ['da', 'country'],
    ]);
    expect(await getRecordingInfo('ar', 'country')).toMatchObject({ mime: OPUS });
    expect(await getRecordingInfo('ar', 'help')).toBeUndefined();
  });

  it('replace the earlier recording of the same prompt and language, and only that one', async () => {
    await saveRecording('ar', 'country', sound(1), OPUS);
    await saveRecording('ar', 'party', sound(2), OPUS);
    await saveRecording('ar', 'country', sound(9, 9), OPUS);

    expect(bytesOf((await getRecording('ar', 'country'))?.audio)).toEqual([9, 9]);
    expect(bytesOf((await getRecording('ar', 'party'))?.audio)).toEqual([2]);
    expect(await db.recordings.count()).toBe(2);
  });

  it('are removed one at a time', async () => {
    await saveRecording('ar', 'country', sound(1), OPUS);
    await saveRecording('ar', 'help', sound(2), OPUS);
    await deleteRecording('ar', 'country');

    expect(await getRecording('ar', 'country')).toBeUndefined();
    expect(await getRecording('ar', 'help')).toBeDefined();
  });

  it.each([
    ['a language the kiosk does not have', 'xx', 'country', sound(1), OPUS, 'unknownLanguage'],
    ['a prompt the kiosk does not say', 'ar', 'weather', sound(1), OPUS, 'unknownPrompt'],
    ['something that is not sound', 'ar', 'country', sound(1), 'image/png', 'notAudio'],
    ['an empty recording', 'ar', 'country', sound(), OPUS, 'empty'],
    [
      'a recording too long to keep',
      'ar',
      'country',
      new ArrayBuffer(MAX_RECORDING_BYTES + 1),
      OPUS,
      'tooLarge',
    ],
  ])(
    'refuse %s and keep the earlier one',
    async (_what, language, prompt, audio, mime, problem) => {
      await saveRecording('ar', 'country', sound(7), OPUS);

      const refusal = await saveRecording(language, prompt, audio, mime).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(RecordingError);
      expect(refusal).toMatchObject({ problem });
      expect(bytesOf((await getRecording('ar', 'country'))?.audio)).toEqual([7]);
    },
  );
});

describe('the shared file', () => {
  it('carries every recording to another tablet unchanged', async () => {
    await saveRecording('ar', 'country', sound(1, 2, 3), OPUS);
    await saveRecording('da', 'help', sound(0, 255), 'audio/ogg');
    const file = await exportRecordings(new Date('2026-11-23T14:30:00Z'));
    expect(file).toMatchObject({ format: RECORDINGS_FORMAT, version: 1 });
    expect(file.recordings).toHaveLength(2);
    const text = JSON.stringify(file);

    await db.delete();
    await db.open();
    expect(await importRecordings(text)).toEqual({ added: 2, replaced: 0, kept: 0 });

    expect(bytesOf((await getRecording('ar', 'country'))?.audio)).toEqual([1, 2, 3]);
    const help = await getRecording('da', 'help');
    expect(bytesOf(help?.audio)).toEqual([0, 255]);
    expect(help?.mime).toBe('audio/ogg');
  });

  it('adds to what the tablet has and keeps its own unless asked to replace them', async () => {
    await saveRecording('ar', 'country', sound(1), OPUS);
    const file = JSON.stringify(await exportRecordings());
    await saveRecording('ar', 'country', sound(2), OPUS);
    await saveRecording('ar', 'help', sound(3), OPUS);

    expect(await importRecordings(file)).toEqual({ added: 0, replaced: 0, kept: 1 });
    expect(bytesOf((await getRecording('ar', 'country'))?.audio)).toEqual([2]);

    expect(await importRecordings(file, { replace: true })).toEqual({
      added: 0,
      replaced: 1,
      kept: 0,
    });
    expect(bytesOf((await getRecording('ar', 'country'))?.audio)).toEqual([1]);
    // The file never held "help": it is still there.
    expect(bytesOf((await getRecording('ar', 'help'))?.audio)).toEqual([3]);
  });

  const entry = (patch: Record<string, unknown> = {}) => ({
    language: 'ar',
    prompt: 'country',
    mime: OPUS,
    recordedAt: '2026-11-23T14:30:00.000Z',
    audio: 'AQID',
    ...patch,
  });
  const fileOf = (recordings: unknown[], patch: Record<string, unknown> = {}) =>
    JSON.stringify({ format: RECORDINGS_FORMAT, version: 1, recordings, ...patch });

  it.each([
    ['text that is not JSON', 'hello', 'notJson', undefined],
    ['another JSON file', JSON.stringify({ visits: [] }), 'notRecordings', undefined],
    ['a backup of visits', fileOf([], { format: 'velkommen-backup' }), 'notRecordings', undefined],
    ['a newer version', fileOf([], { version: 2 }), 'newerVersion', undefined],
    [
      'an entry without sound',
      fileOf([entry(), entry({ prompt: 'help', audio: undefined })]),
      'badEntry',
      2,
    ],
    ['sound that is not base64', fileOf([entry({ audio: 'not base64!' })]), 'badEntry', 1],
    ['an unknown language', fileOf([entry({ language: 'xx' })]), 'unknownLanguage', 1],
    ['an unknown prompt', fileOf([entry({ prompt: 'weather' })]), 'unknownPrompt', 1],
    ['a picture instead of sound', fileOf([entry({ mime: 'image/png' })]), 'notAudio', 1],
    ['the same prompt twice', fileOf([entry(), entry()]), 'duplicate', 2],
  ])('refuses %s, says why, and changes nothing', async (_what, text, problem, at) => {
    await saveRecording('ar', 'country', sound(7), OPUS);

    const refusal = await importRecordings(text, { replace: true }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RecordingError);
    expect(refusal).toMatchObject({ problem, entry: at });
    expect(bytesOf((await getRecording('ar', 'country'))?.audio)).toEqual([7]);
    expect(await db.recordings.count()).toBe(1);
  });

  it('has a name that sorts by date', () => {
    expect(recordingsFileName(new Date('2026-11-23T14:30:59Z'))).toBe(
      'velkommen-recordings-2026-11-23T1430Z.json',
    );
  });

  it('writes sound as base64 and reads it back', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(bytesOf(fromBase64(toBase64(bytes.buffer)) ?? undefined)).toEqual([...bytes]);
    expect(fromBase64('abc')).toBeNull();
  });
});
