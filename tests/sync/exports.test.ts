// The tablet's exports against the server's, for the same visits: the tablet's code on fake
// IndexedDB, the server's code on a real SQLite file in a temporary folder. The visits reach the
// server the way a coordinator brings them: the tablet's unsent visits file, loaded by the
// coordinator page's own code. Then every CSV must be the same bytes on both sides (the server's
// visit log with two columns of its own at the end of each line).
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckIn } from '../../src/app/data/checkins';
import { recordCheckIn, undoCheckIn } from '../../src/app/data/checkins';
import { db } from '../../src/app/data/db';
import { setDeviceId } from '../../src/app/data/device';
import { tabletReport, unsentVisitsFile, visitsBetween } from '../../src/app/data/exports';
import { getReportFile, getVisitLogFile } from '../../src/app/coordinator/api';
import type { Connection } from '../../src/app/coordinator/credentials';
import { loadUnsentVisits } from '../../src/app/coordinator/unsentVisits';
import { parseUnsentVisitsFile } from '../../src/shared/api/unsentVisitsFile';
import { testApp, TOKENS } from '../../src/server/testing/testApp';
import type { TestApp } from '../../src/server/testing/testApp';
import { DEFAULT_FEATURED_COUNTRIES } from '../../src/shared/countries';
import type { ReportLang, ReportTable } from '../../src/shared/api/report';
import { reportCsv } from '../../src/shared/reports/report';
import { visitLogCsv } from '../../src/shared/reports/visitLog';

let server: TestApp;
const connection: Connection = { endpoint: 'http://velkommen.test', token: TOKENS.coordinator };
// The coordinator page's fetch, answered by the server app in-process.
const viaServer: typeof fetch = (input, init) =>
  Promise.resolve(server.app.request(input instanceof Request ? input : String(input), init));

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

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

/** A year at two tablets, with everything a CSV can trip over. */
async function recordYear(): Promise<void> {
  await setDeviceId('door-1');
  await checkIn('2026-01-01T00:05:00+01:00', { country: 'CI', municipality: '101' }); // Côte d’Ivoire
  await checkIn('2026-03-29T01:50:00+01:00', { country: 'SY', children: 3 }); // the night clocks go forward
  await checkIn('2026-06-30T23:40:00+02:00', { country: 'AX', municipality: '183' }); // Åland, late
  await checkIn('2026-07-01T09:00:00+02:00', { country: null, municipality: null, children: 1 });
  await checkIn('2026-08-12T10:00:00+02:00', {
    kind: 'volunteer',
    country: null,
    municipality: null,
  });
  await checkIn('2026-10-25T02:30:00+01:00', { country: 'PS', municipality: '147' }); // clocks go back
  await checkIn('2026-11-20T14:00:00+01:00', { country: 'IQ', adult: false, children: 2 });
  // A tablet name a spreadsheet would run as a formula, with the separator in it.
  await setDeviceId('=door;2 "upstairs"');
  await checkIn('2026-11-23T09:15:00+01:00', { country: 'US', municipality: '860' });
  await checkIn('2026-11-23T09:30:00+01:00', { country: 'DK', municipality: '101', children: 1 });
  const mistap = crypto.randomUUID();
  await checkIn('2026-11-23T09:45:00+01:00', { partyId: mistap, country: 'ER' });
  await undoCheckIn(mistap);
  await checkIn('2025-12-31T23:59:00+01:00', { country: 'DK' }); // last year: outside the period
}

async function serverBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

const utf8 = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  server = await testApp({ log: false });
  await db.delete();
  await db.open();
  await recordYear();
  const file = await unsentVisitsFile();
  const result = await loadUnsentVisits(connection, file.visits, { fetch: viaServer });
  expect(result).toMatchObject({ total: 17, sent: 17, stored: 17, rejected: [], problem: null });
});

afterAll(async () => {
  server.close();
  await db.delete();
});

describe('the same visits give the same bytes on the tablet and the server', () => {
  it.each([
    ['da', false],
    ['en', false],
    ['da', true],
  ] as const)('visit log, %s, includeVoided %s', async (lang: ReportLang, includeVoided) => {
    const tablet = visitLogCsv(await visitsBetween(YEAR.from, YEAR.to, { includeVoided }), lang, {
      header: 'named',
    });
    const fromServer = await getVisitLogFile(
      connection,
      { ...YEAR, lang, includeVoided },
      'csv',
      viaServer,
    );
    // The server's log ends each line with what only it knows: when the visit arrived and from
    // which tablet. The rest of each line is the tablet's, byte for byte.
    const serverText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await serverBytes(fromServer),
    );
    const serverLines = serverText.split('\r\n');
    const arrival = serverLines.map((line) => line.split(';').slice(-2));
    expect(arrival[0]).toEqual(
      lang === 'da' ? ['Modtaget', 'Tablettens id'] : ['Received', 'Tablet id'],
    );
    for (const [receivedAt, device] of arrival.slice(1, -1)) {
      expect(receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      // Loaded from a file by a coordinator: no tablet sent it.
      expect(device).toBe('');
    }
    const withoutArrival = serverLines
      .map((line) => (line === '' ? line : line.split(';').slice(0, -2).join(';')))
      .join('\r\n');
    expect(utf8(withoutArrival)).toEqual(utf8(tablet));
    expect(parse(tablet, { delimiter: ';', bom: true })).toHaveLength(
      1 + (includeVoided ? 16 : 15),
    );
  });

  const tables: [ReportTable, ReportLang, readonly string[] | undefined][] = [
    ['countries', 'da', DEFAULT_FEATURED_COUNTRIES],
    ['countries', 'en', DEFAULT_FEATURED_COUNTRIES],
    ['countries', 'da', undefined],
    ['countries', 'en', undefined],
    ['municipalities', 'da', undefined],
    ['municipalities', 'en', undefined],
  ];
  it.each(tables)('report %s, %s, listed %j', async (table, lang, countries) => {
    const query = { ...YEAR, table, lang, ...(countries ? { countries } : {}) };
    const tablet = reportCsv(await tabletReport(query), lang);
    const fromServer = await getReportFile(connection, query, 'csv', viaServer);
    expect(await serverBytes(fromServer)).toEqual(utf8(tablet));
  });

  it('agrees with the hand count', async () => {
    const tablet = reportCsv(
      await tabletReport({ ...YEAR, table: 'countries', lang: 'da', countries: ['TR', 'SY'] }),
      'da',
    );
    expect(parse(tablet, { delimiter: ';', bom: true })).toEqual([
      ['Oprindelsesland', 'Voksne', 'Børn under 18 år'],
      ['Tyrkiet', '0', '0'],
      ['Syrien', '1', '3'],
      // Côte d’Ivoire, Åland, Palestine, Iraq (2 children), USA, Denmark (+1 child)
      ['Andre lande', '5', '3'],
      ['Ikke oplyst', '1', '1'],
      ['Totalt antal brugere', '7', '7'],
    ]);
  });
});

describe('loading an unsent visits file into the server', () => {
  it('changes nothing the second time', async () => {
    const before = await server.store.visitsBetween('2000-01-01', '2999-12-31', {
      includeVoided: true,
    });
    const read = parseUnsentVisitsFile(JSON.stringify(await unsentVisitsFile()));
    if (!read.ok) throw new Error(read.problem);
    const again = await loadUnsentVisits(connection, read.file.visits, { fetch: viaServer });
    expect(again).toMatchObject({ total: 17, stored: 17, rejected: [], problem: null });
    expect(
      await server.store.visitsBetween('2000-01-01', '2999-12-31', { includeVoided: true }),
    ).toEqual(before);
    expect(before).toHaveLength(17);
    expect(before.filter((visit) => visit.voided)).toHaveLength(1);
  });

  it('names what the server refused, and stores the rest', async () => {
    const [first] = (await unsentVisitsFile()).visits;
    if (!first) throw new Error('no visits');
    const changed = { ...first, country: 'SE' }; // the same id with another answer
    const fresh = { ...first, id: crypto.randomUUID(), partyId: crypto.randomUUID() };
    const result = await loadUnsentVisits(connection, [changed, fresh, { id: 'not a visit' }], {
      fetch: viaServer,
    });
    expect(result.stored).toBe(1);
    expect(result.rejected).toEqual([
      { id: first.id, reason: 'conflict' },
      expect.objectContaining({ id: 'not a visit' }),
    ]);
  });
});
