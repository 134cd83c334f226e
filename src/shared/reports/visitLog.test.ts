import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { VisitSchema } from '../visit';
import type { Visit } from '../visit';
import { arrivedVisitLogCsv, VISIT_LOG_COLUMNS, visitLogCsv } from './visitLog';

function visit(change: Record<string, unknown> = {}): Visit {
  return VisitSchema.parse({
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    visitedAt: '2026-11-23T09:15:00+01:00',
    country: 'IQ',
    municipality: '165',
    ageGroup: 'adult',
    partyId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    deviceId: 'door-1',
    voided: false,
    kind: 'visitor',
    ...change,
  });
}

function cells(csv: string, delimiter = ';'): string[][] {
  return parse(csv, { bom: true, delimiter });
}

// The row as a record keyed by column, to assert by name.
function rowsOf(csv: string): Record<string, string | undefined>[] {
  const [header, ...rows] = cells(csv);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i]])));
}

describe('visitLogCsv', () => {
  it('heads the log with the API columns in their order', () => {
    expect(VISIT_LOG_COLUMNS).toEqual([
      'id',
      'date',
      'time',
      'country',
      'country_name',
      'municipality',
      'municipality_name',
      'age_group',
      'party_id',
      'device_id',
      'voided',
      'kind',
    ]);
    expect(visitLogCsv([], 'da')).toBe(`\uFEFF${VISIT_LOG_COLUMNS.join(';')}\r\n`);
  });

  it('writes one line a visit with names in Danish', () => {
    const csv = visitLogCsv([visit()], 'da');
    expect(csv).toBe(
      '\uFEFFid;date;time;country;country_name;municipality;municipality_name;age_group;party_id;device_id;voided;kind\r\n' +
        '0f8fad5b-d9cb-469f-a165-70867728950e;2026-11-23;09:15;IQ;Irak;165;Albertslund;adult;' +
        '7c9e6679-7425-40de-944b-e07fc1f90ae7;door-1;false;visitor\r\n',
    );
  });

  it('names the country in English with lang en, and keeps the municipality name official', () => {
    const [row] = rowsOf(visitLogCsv([visit({ country: 'SY', municipality: '101' })], 'en'));
    expect(row).toMatchObject({
      country: 'SY',
      country_name: 'Syria',
      municipality_name: 'København',
    });
  });

  it('leaves what was not said empty and writes voided volunteers as they are', () => {
    const csv = visitLogCsv(
      [
        visit({ country: null, municipality: null, ageGroup: 'child' }),
        visit({ country: null, municipality: null, kind: 'volunteer', voided: true }),
      ],
      'da',
    );
    expect(rowsOf(csv)).toMatchObject([
      {
        country: '',
        country_name: '',
        municipality: '',
        municipality_name: '',
        age_group: 'child',
        voided: 'false',
        kind: 'visitor',
      },
      { country: '', country_name: '', age_group: 'adult', voided: 'true', kind: 'volunteer' },
    ]);
  });

  it('shows a summer visit at 23:30 on its own local date, whatever offset the stamp has', () => {
    const csv = visitLogCsv(
      [
        visit({ visitedAt: '2026-07-14T23:30:00+02:00' }),
        visit({ visitedAt: '2026-07-14T21:30:00Z' }),
        visit({ visitedAt: '2026-07-14T22:15:00Z' }),
        visit({ visitedAt: '2026-01-14T22:30:00Z' }),
      ],
      'da',
    );
    expect(rowsOf(csv).map((row) => [row.date, row.time])).toEqual([
      ['2026-07-14', '23:30'],
      ['2026-07-14', '23:30'],
      ['2026-07-15', '00:15'],
      ['2026-01-14', '23:30'],
    ]);
  });

  it('reads date and time in another time zone when given', () => {
    const csv = visitLogCsv([visit({ visitedAt: '2026-07-14T00:30:00+02:00' })], 'da', {
      timeZone: 'America/New_York',
    });
    expect(rowsOf(csv).map((row) => [row.date, row.time])).toEqual([['2026-07-13', '18:30']]);
  });

  it('keeps the order given and neutralises a tablet name a spreadsheet would run', () => {
    const csv = visitLogCsv(
      [
        visit({ id: '00000000-0000-4000-8000-000000000002', deviceId: '=HYPERLINK("x";"y")' }),
        visit({ id: '00000000-0000-4000-8000-000000000001', deviceId: 'door;2' }),
      ],
      'da',
    );
    expect(rowsOf(csv).map((row) => [row.id, row.device_id])).toEqual([
      ['00000000-0000-4000-8000-000000000002', `'=HYPERLINK("x";"y")`],
      ['00000000-0000-4000-8000-000000000001', 'door;2'],
    ]);
  });

  it('gives commas with sep=,', () => {
    const csv = visitLogCsv([visit()], 'da', { separator: ',' });
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${VISIT_LOG_COLUMNS.join(',')}`);
    expect(cells(csv, ',')[1]?.slice(0, 7)).toEqual([
      '0f8fad5b-d9cb-469f-a165-70867728950e',
      '2026-11-23',
      '09:15',
      'IQ',
      'Irak',
      '165',
      'Albertslund',
    ]);
  });
});

describe('arrivedVisitLogCsv', () => {
  const DEVICE = '11111111-1111-4111-8111-111111111111';

  it('writes the tablet’s columns, then received_at and device last', () => {
    const arrived = [
      { ...visit(), receivedAt: '2026-11-23T08:16:02.113Z', device: DEVICE },
      {
        ...visit({ id: '1f8fad5b-d9cb-469f-a165-70867728950e' }),
        receivedAt: null,
        device: null,
      },
    ];
    const csv = arrivedVisitLogCsv(arrived, 'da');
    const [header, first, second] = cells(csv);
    expect(header).toEqual([...VISIT_LOG_COLUMNS, 'received_at', 'device']);
    expect(first?.slice(-2)).toEqual(['2026-11-23T08:16:02.113Z', DEVICE]);
    expect(second?.slice(-2)).toEqual(['', '']);
    // Everything before them is the tablet's log as it is.
    const tablet = cells(visitLogCsv(arrived, 'da'));
    expect(cells(csv).map((row) => row.slice(0, -2))).toEqual(tablet);
  });

  it('heads the columns in the file’s language when asked to, the API’s names otherwise', () => {
    const arrived = [{ ...visit(), receivedAt: null, device: DEVICE }];
    const [danish] = cells(arrivedVisitLogCsv(arrived, 'da', { header: 'named' }));
    expect(danish).toEqual([
      'Id',
      'Dato',
      'Tid',
      'Landekode',
      'Oprindelsesland',
      'Kommunekode',
      'Hjemkommune',
      'Aldersgruppe',
      'Følge',
      'Tablet',
      'Annulleret',
      'Slags',
      'Modtaget',
      'Tablettens id',
    ]);
    const [english] = cells(visitLogCsv(arrived, 'en', { header: 'named' }));
    expect(english?.slice(0, 5)).toEqual([
      'Id',
      'Date',
      'Time',
      'Country code',
      'Country of origin',
    ]);
    // The lines under the header are the same whichever header heads them.
    expect(cells(arrivedVisitLogCsv(arrived, 'da', { header: 'named' })).slice(1)).toEqual(
      cells(arrivedVisitLogCsv(arrived, 'da')).slice(1),
    );
  });

  it('keeps the separator asked for', () => {
    const csv = arrivedVisitLogCsv([{ ...visit(), receivedAt: null, device: DEVICE }], 'da', {
      separator: ',',
    });
    expect(cells(csv, ',')[1]?.slice(-2)).toEqual(['', DEVICE]);
  });
});
