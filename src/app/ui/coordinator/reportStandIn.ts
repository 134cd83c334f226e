// For component tests: a stand-in for the server's GET /report that counts a small visit log
// with the shared report code, so the page's figures can be checked against the log itself, and
// a catch for the files the page offers to save.
import { within } from '@testing-library/preact';
import { vi } from 'vitest';
import { z } from 'zod/mini';
import { buildReport, reportCsv } from '../../../shared/reports/report';
import type { GroupCount } from '../../../shared/reports/report';
import { REPORT_LANGS, REPORT_TABLES, type ReportTable } from '../../../shared/api/report';

export const STAND_IN_TOKEN = 'coordinator-token-0123456789';

const TableParam = z.catch(z.enum(REPORT_TABLES), 'countries');
const LangParam = z.catch(z.enum(REPORT_LANGS), 'da');

/**
 * A stand-in server's answer to GET /report asked with `q`: the counts of the table asked for,
 * made into the report by the shared report code, as JSON or, with format=csv, as its CSV.
 */
export function reportAnswer(
  q: URLSearchParams,
  countsOf: (table: ReportTable) => readonly GroupCount[],
  volunteers: number,
): Response {
  const table = TableParam.parse(q.get('table'));
  const lang = LangParam.parse(q.get('lang'));
  const countries = q.get('countries')?.split(',');
  const report = buildReport({
    from: q.get('from') ?? '',
    to: q.get('to') ?? '',
    table,
    counts: countsOf(table),
    volunteers,
    lang,
    ...(countries ? { countries } : {}),
  });
  if (q.get('format') === 'csv') {
    return new Response(reportCsv(report, lang), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    });
  }
  return Response.json(report);
}

/** A table row's cells as the eye reads them, every kind of space as one. */
export const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.replace(/\s/g, ' '));

export interface LoggedVisit {
  date: string;
  ageGroup: 'adult' | 'child';
  country: string | null;
  municipality: string | null;
}

/** The log's visits in a period, counted by the table's key as the server's SQL does. */
export function countLog(
  log: readonly LoggedVisit[],
  table: ReportTable,
  from: string,
  to: string,
): GroupCount[] {
  const byKey = new Map<string | null, GroupCount>();
  for (const visit of log) {
    if (visit.date < from || visit.date > to) continue;
    const key = table === 'countries' ? visit.country : visit.municipality;
    const count = byKey.get(key) ?? { key, adults: 0, children: 0 };
    count[visit.ageGroup === 'adult' ? 'adults' : 'children'] += 1;
    byKey.set(key, count);
  }
  return [...byKey.values()];
}

/** Stubs fetch with GET /report over `log`; returns the URLs asked for. */
export function serveReports(log: readonly LoggedVisit[]): URL[] {
  const calls: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(String(input));
      calls.push(url);
      if (new Headers(init?.headers).get('Authorization') !== `Bearer ${STAND_IN_TOKEN}`) {
        return Response.json({ error: 'Unknown token.', code: 'unauthorized' }, { status: 401 });
      }
      const q = url.searchParams;
      const from = q.get('from') ?? '';
      const to = q.get('to') ?? '';
      const table = q.get('table') === 'municipalities' ? 'municipalities' : 'countries';
      const countries = q.get('countries')?.split(',');
      return Response.json(
        buildReport({
          from,
          to,
          table,
          counts: countLog(log, table, from, to),
          volunteers: 0,
          lang: q.get('lang') === 'en' ? 'en' : 'da',
          ...(countries ? { countries } : {}),
        }),
      );
    }),
  );
  return calls;
}

/** The files the page offers to save, as their names and text. */
export function captureCsvDownloads(): { name: string; text: () => Promise<string> }[] {
  const saved: { name: string; text: () => Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size + 1}`;
    if ('arrayBuffer' in blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    // Read as bytes, so the byte order mark is kept as the saved file has it.
    if (blob)
      saved.push({
        name: this.download,
        text: async () =>
          new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()),
      });
  });
  return saved;
}
