import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { countryName } from '../countries';
import { buildReport, countVisits, reportCsv } from './report';
import type { GroupCount, ReportInput } from './report';
import type { ReportTable } from '../api/report';
import { VisitSchema } from '../visit';
import type { Visit } from '../visit';

// [country, municipality, age group, kind, voided]
type Spec = [string | null, string | null, 'adult' | 'child', 'visitor' | 'volunteer', boolean];

// Counted by hand (non-voided visitors):
//   countries:      IQ 2a 1c (3), SY 1a 1c (2), TR 2a (2), DK 1c (1), not said 1a (1)
//   municipalities: 101 2a 1c (3), 147 2a 1c (3), 165 1a 1c (2), not said 1a (1)
//   totals: 6 adults, 3 children, 9 visits; 2 volunteers' days (a third one voided)
const SPECS: Spec[] = [
  ['IQ', '101', 'adult', 'visitor', false],
  ['IQ', '101', 'adult', 'visitor', false],
  ['IQ', '165', 'child', 'visitor', false],
  ['IQ', '101', 'adult', 'visitor', true],
  ['SY', '147', 'adult', 'visitor', false],
  ['SY', '147', 'child', 'visitor', false],
  ['TR', '165', 'adult', 'visitor', false],
  ['TR', null, 'adult', 'visitor', false],
  ['DK', '101', 'child', 'visitor', false],
  [null, '147', 'adult', 'visitor', false],
  [null, null, 'adult', 'volunteer', false],
  [null, null, 'adult', 'volunteer', false],
  [null, null, 'adult', 'volunteer', true],
];

const VISITS: Visit[] = SPECS.map(([country, municipality, ageGroup, kind, voided], i) =>
  VisitSchema.parse({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    visitedAt: `2026-03-${String(i + 1).padStart(2, '0')}T10:00:00+01:00`,
    country,
    municipality,
    ageGroup,
    partyId: `11111111-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    deviceId: 'door-1',
    voided,
    kind,
  }),
);

function reportOf(table: ReportTable, extra: Partial<ReportInput> = {}) {
  return buildReport({
    from: '2026-03-01',
    to: '2026-03-31',
    table,
    ...countVisits(VISITS, table),
    lang: 'da',
    ...extra,
  });
}

function cells(csv: string): string[][] {
  return parse(csv, { bom: true, delimiter: ';' });
}

const TOTALS = { adults: 6, children: 3, visits: 9, volunteers: 2 };

describe('countVisits', () => {
  it('counts visitors by country and age group, leaving voided out and volunteers apart', () => {
    expect(countVisits(VISITS, 'countries')).toEqual({
      counts: [
        { key: 'DK', adults: 0, children: 1 },
        { key: 'IQ', adults: 2, children: 1 },
        { key: 'SY', adults: 1, children: 1 },
        { key: 'TR', adults: 2, children: 0 },
        { key: null, adults: 1, children: 0 },
      ],
      volunteers: 2,
    });
  });

  it('counts by municipality the same way', () => {
    expect(countVisits(VISITS, 'municipalities')).toEqual({
      counts: [
        { key: '101', adults: 2, children: 1 },
        { key: '147', adults: 2, children: 1 },
        { key: '165', adults: 1, children: 1 },
        { key: null, adults: 1, children: 0 },
      ],
      volunteers: 2,
    });
  });
});

describe('buildReport', () => {
  it('without countries: every country with a visit, most first, ties by code, not said last', () => {
    const report = reportOf('countries');
    expect(report).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      table: 'countries',
      rows: [
        { key: 'IQ', name: 'Irak', adults: 2, children: 1 },
        { key: 'SY', name: 'Syrien', adults: 1, children: 1 },
        { key: 'TR', name: 'Tyrkiet', adults: 2, children: 0 },
        { key: 'DK', name: 'Danmark', adults: 0, children: 1 },
        { key: null, name: 'Ikke oplyst', adults: 1, children: 0 },
      ],
      totals: TOTALS,
    });
  });

  it('with countries: those first in the order given, zero rows kept, the rest summed as other', () => {
    const report = reportOf('countries', { countries: ['TR', 'DK', 'SO'] });
    expect(report.rows).toEqual([
      { key: 'TR', name: 'Tyrkiet', adults: 2, children: 0 },
      { key: 'DK', name: 'Danmark', adults: 0, children: 1 },
      { key: 'SO', name: 'Somalia', adults: 0, children: 0 },
      { key: 'other', name: 'Andre lande', adults: 3, children: 2 },
      { key: null, name: 'Ikke oplyst', adults: 1, children: 0 },
    ]);
    expect(report.totals).toEqual(TOTALS);
  });

  it('leaves out other when every country was asked for, and names rows in English', () => {
    const report = reportOf('countries', { countries: ['SY', 'IQ', 'DK', 'TR', 'SY'], lang: 'en' });
    expect(report.rows).toEqual([
      { key: 'SY', name: 'Syria', adults: 1, children: 1 },
      { key: 'IQ', name: 'Iraq', adults: 2, children: 1 },
      { key: 'DK', name: 'Denmark', adults: 0, children: 1 },
      { key: 'TR', name: countryName('TR', 'en'), adults: 2, children: 0 },
      { key: null, name: 'Not stated', adults: 1, children: 0 },
    ]);
    expect(report.totals).toEqual(TOTALS);
  });

  it('shows other in English as Other countries', () => {
    const report = reportOf('countries', { countries: ['DK'], lang: 'en' });
    expect(report.rows.map((r) => [r.key, r.name, r.adults, r.children])).toEqual([
      ['DK', 'Denmark', 0, 1],
      ['other', 'Other countries', 5, 2],
      [null, 'Not stated', 1, 0],
    ]);
  });

  it('has a not-stated row only when someone did not say', () => {
    const counts: GroupCount[] = [
      { key: 'DK', adults: 1, children: 0 },
      { key: null, adults: 0, children: 0 },
      { key: 'IQ', adults: 0, children: 0 },
    ];
    const base = { from: '2026-01-01', to: '2026-01-31', volunteers: 0, lang: 'da' } as const;
    const report = buildReport({ ...base, table: 'countries', counts });
    expect(report.rows).toEqual([{ key: 'DK', name: 'Danmark', adults: 1, children: 0 }]);
    const withOther = buildReport({ ...base, table: 'countries', counts, countries: ['DK'] });
    expect(withOther.rows.map((r) => r.key)).toEqual(['DK']);
  });

  it('treats an empty countries list as none', () => {
    expect(reportOf('countries', { countries: [] })).toEqual(reportOf('countries'));
  });

  it('makes the municipalities table with official Danish names in both languages', () => {
    const rows = [
      { key: '101', name: 'København', adults: 2, children: 1 },
      { key: '147', name: 'Frederiksberg', adults: 2, children: 1 },
      { key: '165', name: 'Albertslund', adults: 1, children: 1 },
    ];
    const da = reportOf('municipalities');
    expect(da.table).toBe('municipalities');
    expect(da.rows).toEqual([...rows, { key: null, name: 'Ikke oplyst', adults: 1, children: 0 }]);
    expect(da.totals).toEqual(TOTALS);
    const en = reportOf('municipalities', { lang: 'en', countries: ['DK'] });
    expect(en.rows).toEqual([...rows, { key: null, name: 'Not stated', adults: 1, children: 0 }]);
  });

  it('adds up a key handed in twice and keeps volunteers out of the visits', () => {
    const report = buildReport({
      from: '2026-01-01',
      to: '2026-01-01',
      table: 'countries',
      counts: [
        { key: 'DK', adults: 1, children: 1 },
        { key: 'DK', adults: 2, children: 0 },
      ],
      volunteers: 4,
      lang: 'da',
    });
    expect(report.rows).toEqual([{ key: 'DK', name: 'Danmark', adults: 3, children: 1 }]);
    expect(report.totals).toEqual({ adults: 3, children: 1, visits: 4, volunteers: 4 });
  });

  it('is empty with zero totals when nobody came', () => {
    const report = reportOf('countries', { counts: [], volunteers: 0 });
    expect(report.rows).toEqual([]);
    expect(report.totals).toEqual({ adults: 0, children: 0, visits: 0, volunteers: 0 });
  });
});

describe('reportCsv', () => {
  it('writes the ministry layout in Danish', () => {
    const csv = reportCsv(reportOf('countries', { countries: ['IQ', 'SO'] }), 'da');
    expect(csv).toBe(
      '\uFEFFOprindelsesland;Voksne;Børn under 18 år\r\n' +
        'Irak;2;1\r\n' +
        'Somalia;0;0\r\n' +
        'Andre lande;3;2\r\n' +
        'Ikke oplyst;1;0\r\n' +
        'Totalt antal brugere;6;3\r\n',
    );
  });

  it('writes the same layout in English', () => {
    const csv = reportCsv(reportOf('countries', { countries: ['IQ', 'SO'], lang: 'en' }), 'en');
    expect(csv).toBe(
      '\uFEFFCountry of origin;Adults;Children under 18\r\n' +
        'Iraq;2;1\r\n' +
        'Somalia;0;0\r\n' +
        'Other countries;3;2\r\n' +
        'Not stated;1;0\r\n' +
        'Total users;6;3\r\n',
    );
  });

  it('heads the municipalities table Hjemkommune / Home municipality', () => {
    expect(cells(reportCsv(reportOf('municipalities'), 'da'))).toEqual([
      ['Hjemkommune', 'Voksne', 'Børn under 18 år'],
      ['København', '2', '1'],
      ['Frederiksberg', '2', '1'],
      ['Albertslund', '1', '1'],
      ['Ikke oplyst', '1', '0'],
      ['Totalt antal brugere', '6', '3'],
    ]);
    const en = cells(reportCsv(reportOf('municipalities'), 'en'));
    expect(en[0]).toEqual(['Home municipality', 'Adults', 'Children under 18']);
    expect(en.at(-1)).toEqual(['Total users', '6', '3']);
  });

  it('names the rows in the language asked for, and gives commas with sep=,', () => {
    const csv = reportCsv(reportOf('countries'), 'en', { separator: ',' });
    expect(parse(csv, { bom: true, delimiter: ',' })).toEqual([
      ['Country of origin', 'Adults', 'Children under 18'],
      ['Iraq', '2', '1'],
      ['Syria', '1', '1'],
      [countryName('TR', 'en'), '2', '0'],
      ['Denmark', '0', '1'],
      ['Not stated', '1', '0'],
      ['Total users', '6', '3'],
    ]);
  });
});
