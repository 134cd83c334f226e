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
  it('are kept per language and item and read back with their type', async () => {
    await saveRecording('ar', 'country', sound(1, 2, 3), OPUS);
    await saveRecording('da', 'country', sound(4), 'audio/mp4');

    const arabic = await getRecording('ar', 'country');
    expect(bytesOf(arabic?.audio)).toEqual([1, 2, 3]);
    expect(arabic?.mime).toBe(OPUS);
    expect(bytesOf((await getRecording('da', 'country'))?.audio)).toEqual([4]);
    expect(await getRecording('ar', 'help')).toBeUndefined();
    expect((await listRecordings()).map(({ language, item }) => [language, item])).toEqual([
      ['ar', 'country'],
      ['da', 'country'],
    ]);
    expect(await getRecordingInfo('ar', 'country')).toMatchObject({ mime: OPUS });
    expect(await getRecordingInfo('ar', 'help')).toBeUndefined();
  });

  it('are kept for answers, countries, parts of the world and names too, in the kiosk’s order', async () => {
    await saveRecording('ar', 'country.SY', sound(1), OPUS);
    await saveRecording('ar', 'region.eastAfrica', sound(2), OPUS);
    await saveRecording('ar', 'choice.skip', sound(3), OPUS);
    await saveRecording('ar', 'help', sound(4), OPUS);
    await saveRecording('da', 'municipality.101', sound(5), OPUS);

    expect(bytesOf((await getRecording('ar', 'country.SY'))?.audio)).toEqual([1]);
    expect(await getRecordingInfo('da', 'municipality.101')).toMatchObject({
      language: 'da',
      item: 'municipality.101',
    });
    expect((await listRecordings()).map(({ language, item }) => `${language} ${item}`)).toEqual([
      'ar help',
      'ar choice.skip',
      'ar country.SY',
      'ar region.eastAfrica',
      'da municipality.101',
    ]);
  });

  it('read what earlier versions of the app kept, a question under its key', async () => {
    await db.recordings.put({
      language: 'ar',
      prompt: 'thanks',
      audio: sound(6),
      mime: OPUS,
      recordedAt: 1,
    });
    expect(await listRecordings()).toEqual([
      { language: 'ar', item: 'thanks', mime: OPUS, recordedAt: 1 },
    ]);
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
    ['a prompt the kiosk does not say', 'ar', 'weather', sound(1), OPUS, 'unknownItem'],
    ['a country that is none', 'ar', 'country.XX', sound(1), OPUS, 'unknownItem'],
    [
      'a municipality’s name outside Danish',
      'ar',
      'municipality.101',
      sound(1),
      OPUS,
      'nameNotDanish',
    ],
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
  ])('refuse %s and keep the earlier one', async (_what, language, item, audio, mime, problem) => {
    await saveRecording('ar', 'country', sound(7), OPUS);

    const refusal = await saveRecording(language, item, audio, mime).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RecordingError);
    expect(refusal).toMatchObject({ problem });
    expect(bytesOf((await getRecording('ar', 'country'))?.audio)).toEqual([7]);
  });
});

describe('the shared file', () => {
  it('carries every recording to another tablet unchanged', async () => {
    await saveRecording('ar', 'country', sound(1, 2, 3), OPUS);
    await saveRecording('da', 'help', sound(0, 255), 'audio/ogg');
    const file = await exportRecordings(new Date('2026-11-23T14:30:00Z'));
    expect(file).toMatchObject({
      format: RECORDINGS_FORMAT,
      version: 2,
      exportedAt: '2026-11-23T14:30:00.000Z',
    });
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

  it('carries answers, countries, parts of the world and names in version 2', async () => {
    await saveRecording('ar', 'country.SY', sound(1), OPUS);
    await saveRecording('ar', 'region.middleEast', sound(2), OPUS);
    await saveRecording('ti', 'party.next', sound(3), OPUS);
    await saveRecording('da', 'municipality.101', sound(4), OPUS);
    const file = await exportRecordings(new Date('2026-11-23T14:30:00Z'));
    expect(file.recordings.map(({ language, item }) => `${language} ${item}`).sort()).toEqual([
      'ar country.SY',
      'ar region.middleEast',
      'da municipality.101',
      'ti party.next',
    ]);
    expect(file.recordings[0]).toEqual({
      language: expect.any(String),
      item: expect.any(String),
      mime: OPUS,
      recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      audio: expect.any(String),
    });

    await db.delete();
    await db.open();
    expect(await importRecordings(JSON.stringify(file))).toEqual({
      added: 4,
      replaced: 0,
      kept: 0,
    });
    expect(bytesOf((await getRecording('ar', 'country.SY'))?.audio)).toEqual([1]);
    expect(bytesOf((await getRecording('ar', 'region.middleEast'))?.audio)).toEqual([2]);
    expect(bytesOf((await getRecording('ti', 'party.next'))?.audio)).toEqual([3]);
    expect(bytesOf((await getRecording('da', 'municipality.101'))?.audio)).toEqual([4]);
  });

  it('loads a file of the earlier version, whose recordings are the six questions', async () => {
    const earlier = JSON.stringify({
      format: RECORDINGS_FORMAT,
      version: 1,
      exportedAt: '2025-05-01T10:00:00.000Z',
      recordings: [
        {
          language: 'ar',
          prompt: 'country',
          mime: OPUS,
          recordedAt: '2025-04-30T09:00:00.000Z',
          audio: 'AQID',
        },
        { language: 'so', prompt: 'help', mime: 'audio/mp4', audio: 'BA==' },
      ],
    });
    expect(await importRecordings(earlier)).toEqual({ added: 2, replaced: 0, kept: 0 });

    const country = await getRecording('ar', 'country');
    expect(bytesOf(country?.audio)).toEqual([1, 2, 3]);
    expect(country?.recordedAt).toBe(Date.parse('2025-04-30T09:00:00.000Z'));
    expect(await getRecordingInfo('so', 'help')).toMatchObject({ item: 'help', mime: 'audio/mp4' });
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
    item: 'country',
    mime: OPUS,
    recordedAt: '2026-11-23T14:30:00.000Z',
    audio: 'AQID',
    ...patch,
  });
  const fileOf = (recordings: unknown[], patch: Record<string, unknown> = {}) =>
    JSON.stringify({ format: RECORDINGS_FORMAT, version: 2, recordings, ...patch });
  const v1Entry = (patch: Record<string, unknown> = {}) => {
    const { item, ...rest } = entry(patch);
    return { prompt: item, ...rest };
  };
  const v1FileOf = (recordings: unknown[]) => fileOf(recordings, { version: 1 });

  it.each([
    ['text that is not JSON', 'hello', 'notJson', undefined],
    ['another JSON file', JSON.stringify({ visits: [] }), 'notRecordings', undefined],
    ['a backup of visits', fileOf([], { format: 'velkommen-backup' }), 'notRecordings', undefined],
    ['a newer version', fileOf([entry()], { version: 3 }), 'newerVersion', undefined],
    ['a version that never was', fileOf([entry()], { version: 0 }), 'notRecordings', undefined],
    [
      'an entry without sound',
      fileOf([entry(), entry({ item: 'help', audio: undefined })]),
      'badEntry',
      2,
    ],
    ['an entry without its item', fileOf([entry({ item: undefined })]), 'badEntry', 1],
    ['sound that is not base64', fileOf([entry({ audio: 'not base64!' })]), 'badEntry', 1],
    ['an unknown language', fileOf([entry({ language: 'xx' })]), 'unknownLanguage', 1],
    ['an unknown item', fileOf([entry({ item: 'weather' })]), 'unknownItem', 1],
    ['a country that is none', fileOf([entry({ item: 'country.XX' })]), 'unknownItem', 1],
    [
      'a municipality’s name outside Danish',
      fileOf([
        entry({ language: 'da', item: 'municipality.101' }),
        entry({ item: 'municipality.147' }),
      ]),
      'nameNotDanish',
      2,
    ],
    ['a version 1 entry named as version 2 names it', v1FileOf([entry()]), 'badEntry', 1],
    [
      'a version 1 entry that is no question',
      v1FileOf([v1Entry(), v1Entry({ item: 'country.SY' })]),
      'unknownItem',
      2,
    ],
    [
      'a version 1 entry in a strange language',
      v1FileOf([v1Entry({ language: 'xx' })]),
      'unknownLanguage',
      1,
    ],
    ['a picture instead of sound', fileOf([entry({ mime: 'image/png' })]), 'notAudio', 1],
    ['the same item twice', fileOf([entry(), entry()]), 'duplicate', 2],
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
