import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseUnsentVisitsFile, UNSENT_VISITS_FORMAT } from '../../shared/api/unsentVisitsFile';
import { reportCsv } from '../../shared/reports/report';
import { VISIT_LOG_COLUMNS, visitLogCsv } from '../../shared/reports/visitLog';
import type { CheckIn } from './checkins';
import { recordCheckIn, undoCheckIn } from './checkins';
import { db } from './db';
import { setDeviceId } from './device';
import { tabletReport, unsentVisitsFile, unsyncedCount, visitsBetween } from './exports';
import { nextBatch } from './outbox';
import { settle } from '../../../tests/setup/outbox';

function checkIn(at: string, changes: Partial<CheckIn> = {}): Promise<unknown> {
  return recordCheckIn({
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'TR',
    municipality: '165',
    adult: true,
    children: 0,
    at: new Date(at),
    ...changes,
  });
}

/** CSV text as a spreadsheet reads it: ';' between fields, the byte order mark dropped. */
function readCsv(text: string): string[][] {
  return parse(text, { delimiter: ';', bom: true, relax_column_count: false });
}

// A week at the centre, counted by hand:
//   Mon 23 Nov: Turkey/Albertslund woman + 2 children; Syria/København woman; a volunteer.
//   Tue 24 Nov: not said/not said woman + 1 child; Iraq/København child alone; Turkey woman (undone).
//   Wed 25 Nov 23:40 local (22:40 UTC): Eritrea/Ishøj woman, late in the evening.
//   Sun 22 Nov and Mon 30 Nov: one Danish woman each, outside the period.
async function recordWeek(): Promise<void> {
  await checkIn('2026-11-22T10:00:00+01:00', { country: 'DK', municipality: '101' });
  await checkIn('2026-11-23T09:05:00+01:00', { children: 2 });
  await checkIn('2026-11-23T10:31:00+01:00', { country: 'SY', municipality: '101' });
  await checkIn('2026-11-23T08:50:00+01:00', {
    kind: 'volunteer',
    country: null,
    municipality: null,
  });
  await checkIn('2026-11-24T13:15:00+01:00', { country: null, municipality: null, children: 1 });
  await checkIn('2026-11-24T14:00:00+01:00', {
    country: 'IQ',
    municipality: '101',
    adult: false,
    children: 1,
  });
  const undone = crypto.randomUUID();
  await checkIn('2026-11-24T15:00:00+01:00', { partyId: undone });
  await undoCheckIn(undone);
  await checkIn('2026-11-25T22:40:00Z', { country: 'ER', municipality: '183' });
  await checkIn('2026-11-30T09:00:00+01:00', { country: 'DK', municipality: '101' });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceId('door-1');
});

describe('visitsBetween', () => {
  it('gives the period’s visits by local date, both days included, in time order, no voided', async () => {
    await recordWeek();
    const visits = await visitsBetween('2026-11-23', '2026-11-29');
    expect(visits).toHaveLength(9);
    expect(visits.map((v) => v.visitedAt.slice(0, 16))).toEqual([
      '2026-11-23T08:45',
      '2026-11-23T09:00',
      '2026-11-23T09:00',
      '2026-11-23T09:00',
      '2026-11-23T10:30',
      '2026-11-24T13:15',
      '2026-11-24T13:15',
      '2026-11-24T14:00',
      '2026-11-25T23:30',
    ]);
    // Records in the API's shape only: no sync state or local date leaves the tablet.
    expect(Object.keys(visits[0] ?? {}).sort()).toEqual(
      [
        'ageGroup',
        'country',
        'deviceId',
        'id',
        'kind',
        'municipality',
        'partyId',
        'visitedAt',
        'voided',
      ].sort(),
    );
    const sameInstant = visits.slice(1, 4).map((v) => v.id);
    expect(sameInstant).toEqual([...sameInstant].sort());
  });

  it('includes voided visits when asked', async () => {
    await recordWeek();
    const visits = await visitsBetween('2026-11-24', '2026-11-24', { includeVoided: true });
    expect(visits).toHaveLength(4);
    expect(visits.filter((v) => v.voided)).toHaveLength(1);
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(visitsBetween('2026-11-30', '2026-11-01')).rejects.toThrow(RangeError);
  });
});

describe('the visit log CSV, parsed back', () => {
  it('has one line a visit that matches the hand count', async () => {
    await recordWeek();
    const [header, ...rows] = readCsv(
      visitLogCsv(await visitsBetween('2026-11-23', '2026-11-29'), 'da'),
    );
    expect(header).toEqual([...VISIT_LOG_COLUMNS]);
    expect(rows).toHaveLength(9);
    const column = (name: (typeof VISIT_LOG_COLUMNS)[number]) =>
      rows.map((row) => row[VISIT_LOG_COLUMNS.indexOf(name)]);
    expect(column('age_group').filter((g) => g === 'child')).toHaveLength(4);
    expect(column('kind').filter((k) => k === 'volunteer')).toHaveLength(1);
    expect(column('country_name').filter((n) => n === 'Tyrkiet')).toHaveLength(3);
    expect(column('country_name').filter((n) => n === '')).toHaveLength(3); // 2 not said + volunteer
    expect(column('voided').every((v) => v === 'false')).toBe(true);
    expect(column('device_id').every((d) => d === 'door-1')).toBe(true);
    // 22:40 UTC on Wednesday is 23:30 in Copenhagen, still Wednesday.
    expect(rows.at(-1)?.slice(1, 5)).toEqual(['2026-11-25', '23:30', 'ER', 'Eritrea']);
  });
});

describe('tabletReport', () => {
  it('counts countries by hand-counted figures, featured ones first and the rest as other', async () => {
    await recordWeek();
    const report = await tabletReport({
      from: '2026-11-23',
      to: '2026-11-29',
      table: 'countries',
      lang: 'da',
      countries: ['TR', 'SY', 'DK'],
    });
    expect(readCsv(reportCsv(report, 'da'))).toEqual([
      ['Oprindelsesland', 'Voksne', 'Børn under 18 år'],
      ['Tyrkiet', '1', '2'],
      ['Syrien', '1', '0'],
      ['Danmark', '0', '0'],
      ['Andre lande', '1', '1'], // Eritrea woman, Iraqi child
      ['Ikke oplyst', '1', '1'],
      ['Totalt antal brugere', '4', '4'],
    ]);
    expect(report.totals).toEqual({ adults: 4, children: 4, visits: 8, volunteers: 1 });
  });

  it('counts municipalities with their official names, in English headings when asked', async () => {
    await recordWeek();
    const report = await tabletReport({
      from: '2026-11-23',
      to: '2026-11-29',
      table: 'municipalities',
      lang: 'en',
    });
    expect(readCsv(reportCsv(report, 'en'))).toEqual([
      ['Home municipality', 'Adults', 'Children under 18'],
      ['Albertslund', '1', '2'],
      ['København', '1', '1'],
      ['Ishøj', '1', '0'],
      ['Not stated', '1', '1'],
      ['Total users', '4', '4'],
    ]);
  });
});

describe('unsentVisitsFile', () => {
  it('holds every visit not confirmed yet, pending or quarantined, and nothing synced', async () => {
    await recordWeek();
    const all = await db.visits.toArray();
    const synced = all.filter((v) => v.country === 'DK').map((v) => v.id);
    const quarantined = all.find((v) => v.country === 'SY')?.id ?? '';
    await settle({ stored: synced, refused: { [quarantined]: 'conflict' } });

    const file = await unsentVisitsFile(new Date('2026-11-26T12:00:00Z'));
    expect(file).toMatchObject({
      format: UNSENT_VISITS_FORMAT,
      version: 1,
      deviceId: 'door-1',
      exportedAt: '2026-11-26T12:00:00.000Z',
    });
    expect(file.visits).toHaveLength(all.length - synced.length);
    expect(await unsyncedCount()).toBe(all.length - synced.length);
    expect(file.visits.map((v) => v.id)).toContain(quarantined);
    expect(file.visits.some((v) => synced.includes(v.id))).toBe(false);
    // The withdrawn party goes too, as voided, so the server learns of the void.
    expect(file.visits.filter((v) => v.voided)).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    // The coordinator page reads it as it was written.
    expect(parseUnsentVisitsFile(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it('leaves the visits and their sync state as they were', async () => {
    await recordWeek();
    const before = await db.visits.toArray();
    const queued = await nextBatch();
    await unsentVisitsFile();
    expect(await db.visits.toArray()).toEqual(before);
    expect(await nextBatch()).toEqual(queued);
  });
});
