// What the tablet exports without a network: the visits of a period as the API's records, the
// grant report counted from them, and the unsent visits file (every visit the endpoint has not
// confirmed yet). Records leave without the tablet's bookkeeping (sync state, local date), in the
// API's shape, so the shared CSV code writes the same bytes as the server and the unsent visits
// file can be POSTed as is.
import { periodProblem } from '../../shared/periods';
import { buildReport, countVisits } from '../../shared/reports/report';
import type { Report, ReportLang, ReportTable } from '../../shared/api/report';
import type { Visit } from '../../shared/visit';
import { apiRecord } from '../../shared/visitFields';
import type { WrittenUnsentVisitsFile } from '../../shared/api/unsentVisitsFile';
import { UNSENT_VISITS_FORMAT, UNSENT_VISITS_VERSION } from '../../shared/api/unsentVisitsFile';
import type { StoredVisit } from './db';
import { db } from './db';
import { getDeviceId } from './device';
import { unsyncedRecords } from './outbox';

export { unsyncedCount } from './outbox';

// The server's order for the visit log: by instant, then id (plain code-unit order, like SQLite's).
// Each stamp is parsed once, not at every comparison: a log may hold ten years of visits.
function inServerOrder(visits: readonly Visit[]): Visit[] {
  const instants = new Map<string, number>();
  const keyed = visits.map((visit) => {
    let at = instants.get(visit.visitedAt);
    if (at === undefined) {
      at = Date.parse(visit.visitedAt);
      instants.set(visit.visitedAt, at);
    }
    return { at, visit };
  });
  keyed.sort(
    (a, b) => a.at - b.at || (a.visit.id < b.visit.id ? -1 : a.visit.id > b.visit.id ? 1 : 0),
  );
  return keyed.map(({ visit }) => visit);
}

function assertPeriod(from: string, to: string): void {
  const problem = periodProblem({ from, to });
  if (problem !== null) {
    throw new RangeError(
      `A period runs from one day to another, written YYYY-MM-DD (${problem}): ${JSON.stringify(from)} to ${JSON.stringify(to)}.`,
    );
  }
}

/**
 * The visits recorded on this tablet whose local date lies in [from, to], both days included,
 * ordered as the server orders them (by instant, then id). Voided visits are left out unless asked
 * for, as in GET /api/v1/visits.
 */
export async function visitsBetween(
  from: string,
  to: string,
  options: { includeVoided?: boolean } = {},
): Promise<Visit[]> {
  assertPeriod(from, to);
  const includeVoided = options.includeVoided === true;
  const records: Visit[] = [];
  await eachStoredBetween(from, to, (visit) => {
    if (includeVoided || !visit.voided) records.push(apiRecord(visit));
  });
  return inServerOrder(records);
}

// Records come a page at a time, the next page asked for before this one is handled, so the
// database reads while the page works.
const PAGE_SIZE = 5_000;

// Browsers read an index entry by entry, looking up each entry's record, but a store's records in
// key order: several times faster each. So a period holding much of what the tablet stores is read
// by going through every record; the share is guessed from the days the period covers.
const SCAN_ALL_FROM_SHARE = 0.4;

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The share of the stored days, from the first to the last, that [from, to] covers. */
function shareOfStoredDays(from: string, to: string, first: string, last: string): number {
  const covered =
    Math.min(dayNumber(to), dayNumber(last)) - Math.max(dayNumber(from), dayNumber(first));
  return Math.max(0, covered + 1) / (dayNumber(last) - dayNumber(first) + 1);
}

/** Calls `use` with every stored visit whose local date lies in [from, to], in no set order. */
async function eachStoredBetween(
  from: string,
  to: string,
  use: (visit: StoredVisit) => void,
): Promise<void> {
  // One read-only transaction: the pages together are one consistent picture of the tablet.
  await db.transaction('r', db.visits, async () => {
    const byDay = db.visits.orderBy('localDate');
    const [first, last] = await Promise.all([byDay.first(), byDay.clone().reverse().first()]);
    if (first === undefined || last === undefined) return;
    if (shareOfStoredDays(from, to, first.localDate, last.localDate) < SCAN_ALL_FROM_SHARE) {
      (await db.visits.where('localDate').between(from, to, true, true).toArray()).forEach(use);
      return;
    }
    let page = await db.visits.limit(PAGE_SIZE).toArray();
    for (;;) {
      const end = page[page.length - 1];
      const next =
        page.length === PAGE_SIZE && end !== undefined
          ? db.visits.where(':id').above(end.id).limit(PAGE_SIZE).toArray()
          : null;
      for (const visit of page) if (visit.localDate >= from && visit.localDate <= to) use(visit);
      if (next === null) return;
      page = await next;
    }
  });
}

interface TabletReportInput {
  from: string;
  to: string;
  table: ReportTable;
  lang: ReportLang;
  /** Countries to list first (the kiosk's featured ones); every other country is "Andre lande". */
  countries?: readonly string[];
}

/** The grant-report table for this tablet's visits, counted as the server counts them. */
export async function tabletReport(input: TabletReportInput): Promise<Report> {
  const { from, to, table, lang } = input;
  const { counts, volunteers } = countVisits(await visitsBetween(from, to), table);
  return buildReport({
    from,
    to,
    table,
    counts,
    volunteers,
    lang,
    ...(input.countries ? { countries: input.countries } : {}),
  });
}

/**
 * Every visit the endpoint has not confirmed (waiting or refused), oldest first, as the unsent
 * visits file a coordinator can load into the server. Reading only: the visits stay on the tablet
 * and in the outbox, which still delivers them; the server's rules make a visit sent both ways
 * count once.
 */
export async function unsentVisitsFile(now: Date = new Date()): Promise<WrittenUnsentVisitsFile> {
  const [deviceId, visits] = await Promise.all([getDeviceId(), unsyncedRecords()]);
  return {
    format: UNSENT_VISITS_FORMAT,
    version: UNSENT_VISITS_VERSION,
    deviceId,
    exportedAt: now.toISOString(),
    visits,
  };
}
