// What the routes need from storage, and nothing about how it is kept, so another database can be
// added beside SQLite without touching a route. Dates are local dates (YYYY-MM-DD) in the store's
// time zone; every method is synchronous and every write is durable when it returns.
import type { ReportTable } from '../../shared/api/report';
import type { DaySummary } from '../../shared/api/summary';
import type { GroupCount } from '../../shared/reports/report';
import type { LoggedVisit } from '../../shared/api/visits';
import type { Visit } from '../../shared/visit';
import type { DeviceStore } from './devices';

/**
 * What became of one visit of a batch: `stored` (new), `unchanged` (already held as sent, or
 * held as voided while the copy sent is the same record before it was voided), `voided` (held,
 * now voided), `conflict` (held with a different record; nothing changed).
 */
export type PutOutcome = 'stored' | 'unchanged' | 'voided' | 'conflict';

export interface PutResult {
  /** One outcome per visit, in the order given. */
  outcomes: PutOutcome[];
  /** Every id the store now holds from this batch (all but conflicts), once each, in order. */
  stored: string[];
  /** The id of each visit that conflicted, in order. */
  conflicts: string[];
}

/** One request's visits, for a write shared with other requests. */
export interface PutBatch {
  visits: readonly Visit[];
  /** When the server received them; kept as received_at. */
  receivedAt: Date;
  /** The sending tablet's own id (a UUID), kept with each visit it adds; null when not given. */
  device?: string | null;
}

/** What became of one batch of a shared write: its result, or the error that undid it alone. */
export type BatchOutcome = { ok: true; result: PutResult } | { ok: false; error: unknown };

export interface VisitStore {
  /** The IANA zone that local dates and hours are reckoned in. */
  readonly timeZone: string;
  /**
   * Judges the batch against what is held, in order, as if the visits came one after another,
   * and writes it in one transaction that is committed durably before this returns.
   */
  putVisits(visits: readonly Visit[], receivedAt?: Date): PutResult;
  /**
   * Several batches, in order, in one transaction with one durable commit before this returns.
   * Each batch is judged as putVisits would and written whole or not at all: a batch that fails
   * is undone alone and gets its error, and the others are kept. When the commit itself fails,
   * this throws and nothing is written.
   */
  putBatches(batches: readonly PutBatch[]): BatchOutcome[];
  /** Visits whose local date is in [from, to], by instant and then id. */
  visitsBetween(from: string, to: string, options?: { includeVoided?: boolean }): Visit[];
  /** As visitsBetween, each with when it first arrived and the id of the tablet that sent it. */
  visitLogBetween(from: string, to: string, options?: { includeVoided?: boolean }): LoggedVisit[];
  /** Whether a visit with this id is held, voided or not. */
  holds(id: string): boolean;
  /** The paired tablets and their pairing codes. */
  readonly devices: DeviceStore;
  /** Visitors' visits (voided left out) by country or municipality and age group; volunteers apart. */
  countsBetween(
    from: string,
    to: string,
    table: ReportTable,
  ): { counts: GroupCount[]; volunteers: number };
  summaryOn(date: string): DaySummary;
  close(): void;
}
