// What the tablet exports without a network: the visits of a period as the API's records, the
// grant report counted from them, and a backup of every visit the endpoint has not confirmed yet.
// Records leave without the tablet's bookkeeping (sync state, local date), in the API's shape,
// so the shared CSV code writes the same bytes as the server and the backup can be POSTed as is.
import { periodProblem } from '../../shared/periods';
import { buildReport, countVisits } from '../../shared/report';
import type { Report, ReportLang, ReportTable } from '../../shared/report';
import type { Visit } from '../../shared/visit';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../shared/backup';
import { db } from './db';
import { getDeviceId } from './device';
import { apiRecord, unsyncedRecords } from './outbox';

export { unsyncedCount } from './outbox';

export { BACKUP_FORMAT, BACKUP_VERSION } from '../../shared/backup';

/** The backup file: every visit not yet confirmed by the endpoint, in the API's record shape. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** The tablet's name when the backup was made (each visit keeps the name it was recorded with). */
  deviceId: string;
  /** ISO 8601 instant of the export. */
  exportedAt: string;
  visits: Visit[];
}

// The server's order for the visit log: by instant, then id (plain code-unit order, like SQLite's).
function byInstantThenId(a: Visit, b: Visit): number {
  return (
    Date.parse(a.visitedAt) - Date.parse(b.visitedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
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
  const stored = await db.visits.where('localDate').between(from, to, true, true).toArray();
  return stored
    .filter((visit) => options.includeVoided === true || !visit.voided)
    .map(apiRecord)
    .sort(byInstantThenId);
}

export interface TabletReportInput {
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
 * Every visit the endpoint has not confirmed (waiting or refused), oldest first, as a backup file a
 * coordinator can load into the server. Reading only: the visits stay on the tablet and in the
 * outbox, which still delivers them; the server's rules make a visit sent both ways count once.
 */
export async function unsyncedBackup(now: Date = new Date()): Promise<BackupFile> {
  const [deviceId, visits] = await Promise.all([getDeviceId(), unsyncedRecords()]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    deviceId,
    exportedAt: now.toISOString(),
    visits,
  };
}
