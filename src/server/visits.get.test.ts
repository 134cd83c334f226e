import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryName } from '../shared/countries';
import { VISIT_LOG_COLUMNS } from '../shared/reports/visitLog';
import type { Visit } from '../shared/visit';
import { COORDINATOR, json, KIOSK, NOW, testApp, visit, type TestApp } from './testing/testApp';
import { describeEngines } from './testing/engines';

// Ids chosen so that ordering by id is visible where two visits share an instant.
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// A summer week in Copenhagen (UTC+2).
const f = {
  // 00:15 local on 15 July is 22:15 UTC on the 14th: it belongs to the 15th.
  justAfterMidnight: visit({ id: id(1), visitedAt: '2026-07-15T00:15:00+02:00' }),
  lateEvening: visit({ id: id(2), visitedAt: '2026-07-14T23:45:00+02:00' }), // 21:45 UTC
  // 09:00 local twice: the same instant, so ordered by id.
  nineB: visit({ id: id(4), visitedAt: '2026-07-15T09:00:00+02:00', deviceId: '=HYPERLINK("x")' }),
  nineA: visit({ id: id(3), visitedAt: '2026-07-15T09:00:00+02:00', deviceId: 'hall;"2"' }),
  quarterToNine: visit({
    id: id(5),
    visitedAt: '2026-07-15T08:45:00+02:00',
    ageGroup: 'child',
    country: null,
  }),
  // 22:30 in Copenhagen on the 14th (20:30 UTC). A stamp with another zone's offset (01:30+05:00)
  // is refused: a visit carries the centre's offset (visits.contract.test.ts).
  otherOffset: visit({ id: id(6), visitedAt: '2026-07-14T22:30:00+02:00' }),
  nextDay: visit({ id: id(7), visitedAt: '2026-07-16T00:00:00+02:00' }),
  voided: visit({ id: id(8), visitedAt: '2026-07-15T10:00:00+02:00', voided: true }),
};

describeEngines('the visit list', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({}, engine);
    // Loaded as a coordinator loads a file of visits: older than a tablet may send.
    const response = await t.post({ visits: Object.values(f) }, COORDINATOR);
    expect((await json<{ stored: string[] }>(response)).stored).toHaveLength(8);
  });
  afterAll(() => t.close());

  async function ids(query: string): Promise<string[]> {
    const response = await t.get(`/api/v1/visits?${query}`);
    expect(response.status).toBe(200);
    return (await json<{ visits: Visit[] }>(response)).visits.map((v) => v.id);
  }

  async function csvRows(query: string, delimiter = ';'): Promise<string[][]> {
    const response = await t.get(`/api/v1/visits?${query}`);
    expect(response.status).toBe(200);
    // response.text() would drop the byte order mark; the bytes show it is there.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    return parse(text, { bom: true, delimiter, relax_column_count: false });
  }

  describe('GET /api/v1/visits', () => {
    it('lists the visits whose local date is in the range, by instant and then id', async () => {
      expect(await ids('from=2026-07-15&to=2026-07-15')).toEqual([
        f.justAfterMidnight.id,
        f.quarterToNine.id,
        f.nineA.id,
        f.nineB.id,
      ]);
      expect(await ids('from=2026-07-14&to=2026-07-14')).toEqual([
        f.otherOffset.id,
        f.lateEvening.id,
      ]);
      expect(await ids('from=2026-07-14&to=2026-07-16')).toEqual([
        f.otherOffset.id,
        f.lateEvening.id,
        f.justAfterMidnight.id,
        f.quarterToNine.id,
        f.nineA.id,
        f.nineB.id,
        f.nextDay.id,
      ]);
      expect(await ids('from=2026-07-17&to=2026-12-31')).toEqual([]);
    });

    it('gives the records back as they were sent, with when they arrived and from which tablet', async () => {
      const response = await t.get('/api/v1/visits?from=2026-07-16&to=2026-07-16');
      // Loaded by the coordinator, without a device id in the batch.
      expect(await json(response)).toEqual({
        visits: [{ ...f.nextDay, receivedAt: NOW.toISOString(), device: null }],
      });
    });

    it('leaves voided visits out unless asked for them', async () => {
      expect(await ids('from=2026-07-15&to=2026-07-15')).not.toContain(f.voided.id);
      expect(await ids('from=2026-07-15&to=2026-07-15&includeVoided=false')).not.toContain(
        f.voided.id,
      );
      const all = await t.get('/api/v1/visits?from=2026-07-15&to=2026-07-15&includeVoided=true');
      const { visits } = await json<{ visits: Visit[] }>(all);
      expect(visits.map((v) => v.id)).toEqual([
        f.justAfterMidnight.id,
        f.quarterToNine.id,
        f.nineA.id,
        f.nineB.id,
        f.voided.id,
      ]);
      expect(visits.at(-1)?.voided).toBe(true);
    });

    it('writes CSV a spreadsheet opens: header, local date and time, names, safe cells', async () => {
      const response = await t.get('/api/v1/visits?from=2026-07-15&to=2026-07-15&format=csv');
      expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('Content-Disposition')).toBe(
        'attachment; filename="velkommen-visits-2026-07-15-2026-07-15.csv"',
      );
      const rows = await csvRows('from=2026-07-15&to=2026-07-15&format=csv');
      expect(rows[0]).toEqual([...VISIT_LOG_COLUMNS, 'received_at', 'device']);
      expect(rows.slice(1).map((r) => r[0])).toEqual([
        f.justAfterMidnight.id,
        f.quarterToNine.id,
        f.nineA.id,
        f.nineB.id,
      ]);
      expect(rows[1]).toEqual([
        f.justAfterMidnight.id,
        '2026-07-15',
        '00:15',
        'TR',
        countryName('TR', 'da'),
        '165',
        'Albertslund',
        'adult',
        f.justAfterMidnight.partyId,
        'door-1',
        'false',
        'visitor',
        NOW.toISOString(),
        '',
      ]);
      // Not said: empty cells. A separator and quotes survive; a formula is never run.
      expect(rows[2]?.slice(2, 8)).toEqual(['08:45', '', '', '165', 'Albertslund', 'child']);
      expect(rows[3]?.[9]).toBe('hall;"2"');
      expect(rows[4]?.[2]).toBe('09:00');
      expect(rows[4]?.[9]).toBe(`'=HYPERLINK("x")`);
    });

    it('writes commas with sep=, and English names with lang=en', async () => {
      const rows = await csvRows('from=2026-07-16&to=2026-07-16&format=csv&sep=,&lang=en', ',');
      expect(rows).toHaveLength(2);
      expect(rows[1]?.[4]).toBe(countryName('TR', 'en'));
      expect(rows[1]?.slice(1, 3)).toEqual(['2026-07-16', '00:00']);
      expect(rows[0]?.slice(0, 3)).toEqual(['Id', 'Date', 'Time']);
    });

    it('heads the columns in Danish when the log is asked for in Danish', async () => {
      const rows = await csvRows('from=2026-07-16&to=2026-07-16&format=csv&lang=da');
      expect(rows[0]).toContain('Oprindelsesland');
      expect(rows[0]?.at(-1)).toBe('Tablettens id');
    });

    it.each([
      ['', /from=YYYY-MM-DD&to=YYYY-MM-DD/],
      ['from=2026-07-15', /from=YYYY-MM-DD&to=YYYY-MM-DD/],
      ['to=2026-07-15', /from=YYYY-MM-DD&to=YYYY-MM-DD/],
      ['from=2026-7-1&to=2026-07-15', /from must be a date written YYYY-MM-DD/],
      ['from=2026-02-30&to=2026-03-01', /from must be a date/],
      ['from=2026-07-15&to=yesterday', /to must be a date/],
      ['from=2026-07-16&to=2026-07-15', /from \(2026-07-16\) is after to \(2026-07-15\)/],
      ['from=2026-07-15&to=2026-07-15&format=xml', /format must be "json" or "csv"/],
      [
        'from=2026-07-15&to=2026-07-15&includeVoided=yes',
        /includeVoided must be "true" or "false"/,
      ],
      ['from=2026-07-15&to=2026-07-15&format=csv&sep=tab', /sep must be ";" or ","/],
      ['from=2026-07-15&to=2026-07-15&lang=de', /lang must be "da" or "en"/],
    ])('answers 400 for ?%s', async (query, message) => {
      const response = await t.get(`/api/v1/visits?${query}`);
      expect(response.status).toBe(400);
      const answer = await json<{ error: string; code: string }>(response);
      expect(answer.code).toBe('invalid_query');
      expect(answer.error).toMatch(message);
    });

    it('is for the coordinator only', async () => {
      const response = await t.get('/api/v1/visits?from=2026-07-15&to=2026-07-15', KIOSK);
      expect(response.status).toBe(403);
    });
  });
});
