// What the routes need from storage, and nothing about how it is kept: SQLite (sqlite.ts) or
// PostgreSQL (postgres.ts) behind one set of methods. Dates are local dates (YYYY-MM-DD) in the
// store's time zone; every method answers by a promise, and every write is durable when it
// resolves. Whatever decides what is stored (a visit new or held, a code used or not) is decided
// in the database, so several server processes may share one.
import type { ReportTable } from '../../shared/api/report';
import type { DaySummary } from '../../shared/api/summary';
import type { GroupCount } from '../../shared/reports/report';
import type { LoggedVisit } from '../../shared/api/visits';
import type { Visit } from '../../shared/visit';
import type { DeviceStore } from './devices';
import type { CounterStore } from './counters';
import type { CentreStore } from './centres';

/** The centre a batch of visits is stored in, and the zone its local dates are reckoned in. */
export interface WriteCentre {
  id: string;
  timeZone: string;
}

/** Which centres a read covers: the ids given, or every centre when left out. */
export interface CentreScope {
  centres?: readonly string[];
}

/** A row of the visit log with the id of the centre it belongs to. */
export type CentredVisit = LoggedVisit & { centreId: string };

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
  /** The centre the visits are stored in; the first centre when not given. */
  centre?: WriteCentre | null;
}

/** What became of one batch of a shared write: its result, or the error that undid it alone. */
export type BatchOutcome = { ok: true; result: PutResult } | { ok: false; error: unknown };

export interface VisitStore {
  /**
   * The first centre's IANA zone (VELKOMMEN_TZ). Each visit's local date and hour are reckoned in
   * its own centre's zone.
   */
  readonly timeZone: string;
  /** The centres and their coordinators' tokens. */
  readonly centres: CentreStore;
  /**
   * Judges the batch against what is held, in order, as if the visits came one after another,
   * and writes it in one transaction that is committed durably before this returns.
   */
  putVisits(visits: readonly Visit[], receivedAt?: Date): Promise<PutResult>;
  /**
   * Several batches, in order, in one transaction with one durable commit before this returns.
   * Each batch is judged as putVisits would and written whole or not at all: a batch that fails
   * is undone alone and gets its error, and the others are kept. When the commit itself fails,
   * this throws and nothing is written.
   */
  putBatches(batches: readonly PutBatch[]): Promise<BatchOutcome[]>;
  /** Visits whose local date is in [from, to], by instant and then id. */
  visitsBetween(
    from: string,
    to: string,
    options?: { includeVoided?: boolean } & CentreScope,
  ): Promise<Visit[]>;
  /** As visitsBetween, each with when it first arrived and the id of the tablet that sent it. */
  visitLogBetween(
    from: string,
    to: string,
    options?: { includeVoided?: boolean } & CentreScope,
  ): Promise<LoggedVisit[]>;
  /** As visitLogBetween, each with its centre's id. */
  centredLogBetween(
    from: string,
    to: string,
    options?: { includeVoided?: boolean } & CentreScope,
  ): Promise<CentredVisit[]>;
  /** Which of these ids the store holds a visit under, voided or not. */
  heldAmong(ids: readonly string[]): Promise<Set<string>>;
  /** The paired tablets and their pairing codes. */
  readonly devices: DeviceStore;
  /** Visitors' visits (voided left out) by country or municipality and age group; volunteers apart. */
  countsBetween(
    from: string,
    to: string,
    table: ReportTable,
    scope?: CentreScope,
  ): Promise<{ counts: GroupCount[]; volunteers: number }>;
  summaryOn(date: string, scope?: CentreScope): Promise<DaySummary>;
  /**
   * Request counters every server process on this database shares (the rate limits); undefined
   * when the store is one process's own (SQLite), whose memory then counts.
   */
  readonly counters?: CounterStore;
  close(): Promise<void>;
}

/** The result of the one batch of a shared write; its error thrown. */
export function onlyOutcome(outcomes: readonly BatchOutcome[]): PutResult {
  const [outcome] = outcomes;
  if (!outcome) throw new Error('The store gave no outcome for the batch.');
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
