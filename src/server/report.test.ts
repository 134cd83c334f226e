import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryName } from '../shared/countries';
import type { Report } from '../shared/api/report';
import {
  COORDINATOR,
  json,
  KIOSK,
  testApp,
  visit,
  type RawVisit,
  type TestApp,
} from './testing/testApp';
import { describeEngines } from './testing/engines';

// March 2026, counted by hand:
//   country  municipality  adults children
//   DK       101           2      1        (one of them at 00:15 local on 1 March = 23:15 UTC on 28 Feb)
//   IQ       165           1      2
//   TR       165 / null    3      0        (2 in 165, 1 not said)
//   SO       147           0      1
//   null     101 / null    1      1        (the adult in 101, the child not said)
//   -> 7 adults, 5 children, 12 visits; 2 volunteers' days.
// Left out: two voided visits, a voided volunteer, and visits just outside the month.
const march = (day: number, time = '10:00', offset = '+01:00') =>
  `2026-03-${String(day).padStart(2, '0')}T${time}:00${offset}`;
const at = (visitedAt: string, changes: Partial<RawVisit>) => visit({ visitedAt, ...changes });
const volunteer = {
  kind: 'volunteer',
  country: null,
  municipality: null,
  ageGroup: 'adult',
} as const;

const visits = [
  at('2026-03-01T00:15:00+01:00', { country: 'DK', municipality: '101' }),
  at(march(10), { country: 'DK', municipality: '101' }),
  at(march(10), { country: 'DK', municipality: '101', ageGroup: 'child' }),
  at(march(11), { country: 'IQ', municipality: '165' }),
  at(march(11), { country: 'IQ', municipality: '165', ageGroup: 'child' }),
  at(march(11), { country: 'IQ', municipality: '165', ageGroup: 'child' }),
  at(march(12), { country: 'TR', municipality: '165' }),
  at(march(12), { country: 'TR', municipality: '165' }),
  at(march(31, '23:45', '+02:00'), { country: 'TR', municipality: null }),
  at(march(13), { country: 'SO', municipality: '147', ageGroup: 'child' }),
  at(march(14), { country: null, municipality: '101' }),
  at(march(14), { country: null, municipality: null, ageGroup: 'child' }),
  at(march(15), { ...volunteer }),
  at(march(16), { ...volunteer }),
  // not counted
  at(march(17), { ...volunteer, voided: true }),
  at(march(17), { country: 'TR', municipality: '165', voided: true }),
  at(march(17), { country: 'PK', municipality: '165', voided: true }),
  at('2026-02-28T23:45:00+01:00', { country: 'DK', municipality: '101' }),
  at('2026-04-01T00:15:00+02:00', { country: 'DK', municipality: '101' }),
];

describeEngines('the report', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({}, engine);
    // Loaded as a coordinator loads a file of visits: months before the test's clock, older than a
    // tablet may send.
    const answer = await json<{ rejected: unknown[] }>(await t.post({ visits }, COORDINATOR));
    expect(answer.rejected).toEqual([]);
  });
  afterAll(() => t.close());

  const range = 'from=2026-03-01&to=2026-03-31';
  const name = (code: string, lang = 'da') => countryName(code, lang);

  async function report(query: string): Promise<Report> {
    const response = await t.get(`/api/v1/report?${range}&${query}`);
    expect(response.status).toBe(200);
    return json<Report>(response);
  }

  async function csv(query: string): Promise<string[][]> {
    const response = await t.get(`/api/v1/report?${range}&format=csv&${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), {
      bom: true,
      delimiter: query.includes('sep=,') ? ',' : ';',
    });
  }

  const totals = { adults: 7, children: 5, visits: 12, volunteers: 2 };

  describe('GET /api/v1/report', () => {
    it('counts every country with a visit, most first, ties by code, not said last', async () => {
      expect(await report('')).toEqual({
        from: '2026-03-01',
        to: '2026-03-31',
        table: 'countries',
        rows: [
          { key: 'DK', name: name('DK'), adults: 2, children: 1 },
          { key: 'IQ', name: name('IQ'), adults: 1, children: 2 },
          { key: 'TR', name: name('TR'), adults: 3, children: 0 },
          { key: 'SO', name: name('SO'), adults: 0, children: 1 },
          { key: null, name: 'Ikke oplyst', adults: 1, children: 1 },
        ],
        totals,
      });
    });

    it('puts the countries asked for first, in that order, and sums the rest as other', async () => {
      const r = await report('countries=IQ,DK,PK');
      expect(r.rows).toEqual([
        { key: 'IQ', name: name('IQ'), adults: 1, children: 2 },
        { key: 'DK', name: name('DK'), adults: 2, children: 1 },
        { key: 'PK', name: name('PK'), adults: 0, children: 0 },
        { key: 'other', name: 'Andre lande', adults: 3, children: 1 },
        { key: null, name: 'Ikke oplyst', adults: 1, children: 1 },
      ]);
      expect(r.totals).toEqual(totals);
      // Every country with a visit asked for: no "other" row.
      const all = await report('countries=TR,DK,IQ,SO&lang=en');
      expect(all.rows.map((row) => [row.key, row.name])).toEqual([
        ['TR', name('TR', 'en')],
        ['DK', name('DK', 'en')],
        ['IQ', name('IQ', 'en')],
        ['SO', name('SO', 'en')],
        [null, 'Not stated'],
      ]);
    });

    it('counts by home municipality with table=municipalities', async () => {
      const r = await report('table=municipalities');
      expect(r.table).toBe('municipalities');
      expect(r.rows).toEqual([
        { key: '165', name: 'Albertslund', adults: 3, children: 2 },
        { key: '101', name: 'København', adults: 3, children: 1 },
        { key: '147', name: 'Frederiksberg', adults: 0, children: 1 },
        { key: null, name: 'Ikke oplyst', adults: 1, children: 1 },
      ]);
      expect(r.totals).toEqual(totals);
    });

    it("writes the ministry's layout as CSV, in Danish unless asked otherwise", async () => {
      expect(await csv('countries=IQ,DK')).toEqual([
        ['Oprindelsesland', 'Voksne', 'Børn under 18 år'],
        [name('IQ'), '1', '2'],
        [name('DK'), '2', '1'],
        ['Andre lande', '3', '1'],
        ['Ikke oplyst', '1', '1'],
        ['Totalt antal brugere', '7', '5'],
      ]);
      expect(await csv('lang=en&sep=,')).toEqual([
        ['Country of origin', 'Adults', 'Children under 18'],
        [name('DK', 'en'), '2', '1'],
        [name('IQ', 'en'), '1', '2'],
        [name('TR', 'en'), '3', '0'],
        [name('SO', 'en'), '0', '1'],
        ['Not stated', '1', '1'],
        ['Total users', '7', '5'],
      ]);
      expect((await csv('table=municipalities'))[0]).toEqual([
        'Hjemkommune',
        'Voksne',
        'Børn under 18 år',
      ]);
      const response = await t.get(`/api/v1/report?${range}&format=csv&table=municipalities`);
      expect(response.headers.get('Content-Disposition')).toBe(
        'attachment; filename="velkommen-report-municipalities-2026-03-01-2026-03-31.csv"',
      );
    });

    it('counts only the days asked for', async () => {
      const r = await json<Report>(await t.get('/api/v1/report?from=2026-03-01&to=2026-03-01'));
      expect(r.rows).toEqual([{ key: 'DK', name: name('DK'), adults: 1, children: 0 }]);
      expect(r.totals).toEqual({ adults: 1, children: 0, visits: 1, volunteers: 0 });
    });

    it.each([
      ['countries=DK,XX', /not a country code: "XX"/],
      ['countries=', /countries must be/],
      ['countries=DK&table=municipalities', /only with table=countries/],
      ['table=regions', /table must be "countries" or "municipalities"/],
      ['format=pdf', /format must be/],
      ['lang=ar', /lang must be/],
    ])('answers 400 for ?%s', async (query, message) => {
      const response = await t.get(`/api/v1/report?${range}&${query}`);
      expect(response.status).toBe(400);
      expect(await json(response)).toEqual({
        error: expect.stringMatching(message),
        code: 'invalid_query',
      });
    });

    it('answers 400 without a range, and 403 for the kiosk token', async () => {
      expect((await t.get('/api/v1/report')).status).toBe(400);
      expect((await t.get(`/api/v1/report?${range}`, KIOSK)).status).toBe(403);
    });
  });
});
