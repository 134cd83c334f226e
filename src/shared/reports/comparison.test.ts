import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '../csv';
import { compareReports, comparisonCsv } from './comparison';
import { buildReport } from './report';
import type { GroupCount } from './report';

const LAST_YEAR = { from: '2025-01-01', to: '2025-12-31' };
const THIS_YEAR = { from: '2026-01-01', to: '2026-12-31' };

function countriesReport(
  period: { from: string; to: string },
  counts: GroupCount[],
  countries?: string[],
) {
  return buildReport({
    ...period,
    table: 'countries',
    counts,
    volunteers: 0,
    lang: 'da',
    ...(countries ? { countries } : {}),
  });
}

describe('compareReports', () => {
  const first = countriesReport(LAST_YEAR, [
    { key: 'SY', adults: 10, children: 5 },
    { key: 'IQ', adults: 4, children: 0 },
    { key: null, adults: 1, children: 0 },
  ]);
  const second = countriesReport(THIS_YEAR, [
    { key: 'SY', adults: 12, children: 6 },
    { key: 'UA', adults: 3, children: 2 },
    { key: null, adults: 2, children: 0 },
  ]);
  const comparison = compareReports(first, second);

  it('sets each row beside itself, the later period’s order first and "not stated" last', () => {
    expect(comparison.rows.map((row) => row.name)).toEqual([
      'Syrien',
      'Ukraine',
      'Irak',
      'Ikke oplyst',
    ]);
    expect(comparison.rows[0]).toMatchObject({
      first: { adults: 10, children: 5 },
      second: { adults: 12, children: 6 },
      change: { difference: 3, percent: 20, isNew: false },
    });
  });

  it('calls a row new when the first period had none, and a row gone down by every visit', () => {
    expect(comparison.rows[1]?.change).toEqual({ difference: 5, percent: null, isNew: true });
    expect(comparison.rows[1]?.first).toEqual({ adults: 0, children: 0 });
    expect(comparison.rows[2]?.change).toEqual({ difference: -4, percent: -100, isNew: false });
  });

  it('totals both periods as their reports do', () => {
    expect(comparison.totals).toEqual({
      first: { adults: 15, children: 5 },
      second: { adults: 17, children: 8 },
      change: { difference: 5, percent: 25, isNew: false },
    });
    expect(comparison.first).toEqual(LAST_YEAR);
  });

  it('keeps "other countries" last but for "not stated" when countries are listed', () => {
    const listed = ['SY', 'IQ'];
    const a = countriesReport(LAST_YEAR, [{ key: 'TR', adults: 1, children: 0 }], listed);
    const b = countriesReport(
      THIS_YEAR,
      [
        { key: 'SY', adults: 1, children: 0 },
        { key: null, adults: 1, children: 0 },
      ],
      listed,
    );
    expect(compareReports(a, b).rows.map((row) => row.key)).toEqual(['SY', 'IQ', 'other', null]);
  });

  it('refuses to compare two different tables', () => {
    const municipalities = buildReport({
      ...THIS_YEAR,
      table: 'municipalities',
      counts: [],
      volunteers: 0,
      lang: 'da',
    });
    expect(() => compareReports(first, municipalities)).toThrow(/countries with municipalities/);
  });
});

describe('comparisonCsv', () => {
  const comparison = compareReports(
    countriesReport(LAST_YEAR, [{ key: 'SY', adults: 10, children: 5 }]),
    countriesReport(THIS_YEAR, [
      { key: 'SY', adults: 9, children: 3 },
      { key: 'UA', adults: 1, children: 0 },
    ]),
  );

  it('writes the ministry’s table for both periods with the change, totals last', () => {
    const csv = comparisonCsv(comparison, 'da');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ';' }).data;
    expect(rows).toEqual([
      [
        'Oprindelsesland',
        'Voksne 2025-01-01–2025-12-31',
        'Børn under 18 år 2025-01-01–2025-12-31',
        'Voksne 2026-01-01–2026-12-31',
        'Børn under 18 år 2026-01-01–2026-12-31',
        'Ændring',
        'Ændring (%)',
      ],
      ['Syrien', '10', '5', '9', '3', '-3', '-20'],
      ['Ukraine', '0', '0', '1', '0', '1', 'ny'],
      ['Totalt antal brugere', '10', '5', '10', '3', '-2', '-13'],
    ]);
  });

  it('speaks English with the comma separator when asked', () => {
    const csv = comparisonCsv(comparison, 'en', { separator: ',' });
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ',' }).data;
    expect(rows[0]?.slice(0, 2)).toEqual(['Country of origin', 'Adults 2025-01-01–2025-12-31']);
    expect(rows[2]?.at(-1)).toBe('new');
    expect(rows[3]?.[0]).toBe('Total users');
  });

  it('neutralises a name a spreadsheet would run as a formula', () => {
    const risky = { ...comparison, rows: [{ ...comparison.rows[0], name: '=HYPERLINK("x")' }] };
    const csv = comparisonCsv(risky as typeof comparison, 'da');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
