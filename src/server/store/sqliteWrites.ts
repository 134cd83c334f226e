// The write path of the SQLite store: batches of visits judged against what is held and written
// in one IMMEDIATE transaction. Several batches can share that transaction (and its one fsync),
// each inside a SAVEPOINT of its own, so a batch that fails is undone alone and the others still
// commit. A new visit costs one INSERT ... ON CONFLICT DO NOTHING; only a visit already held is
// read back to be compared.
import type Database from 'better-sqlite3';
import { localParts } from '../../shared/time';
import type { Visit } from '../../shared/visit';
import {
  FIELD_COUNT,
  rowVoided,
  sameRecord,
  VISIT_COLUMNS,
  writeColumns,
  type ColumnValue,
} from './flatVisit';
import { FIRST_CENTRE_ID } from './migrations';
import type { BatchOutcome, PutBatch, PutOutcome, PutResult, WriteCentre } from './VisitStore';

export interface SqliteWriter {
  putBatches(batches: readonly PutBatch[]): BatchOutcome[];
}

// Worked out when a visit is stored, after its own fields: the instant in UTC (for ordering), its
// local date and hour in the centre's zone (for the day's queries), when it was received (moved on
// by a void) and when it first arrived (never moved), and which tablet sent it first (its own id,
// for the tablet's receipt and the visit list; not part of the record).
// And the centre it belongs to, which a copy of the same visit sent to another centre's tablet
// cannot change: that copy is a conflict.
const DERIVED_COLUMNS =
  'visited_utc, local_date, local_hour, received_at, arrived_at, device, centre_id';
const DERIVED_COUNT = 7;

/**
 * Writes batches; a batch that names no centre goes to the first, whose zone is `timeZone`.
 */
export function sqliteWriter(db: Database.Database, timeZone: string): SqliteWriter {
  const firstCentre: WriteCentre = { id: FIRST_CENTRE_ID, timeZone };
  const held = db
    .prepare<[string], ColumnValue[]>(`SELECT ${VISIT_COLUMNS}, centre_id FROM visits WHERE id = ?`)
    .raw();
  const placeholders = Array.from({ length: FIELD_COUNT + DERIVED_COUNT }, () => '?').join(', ');
  const insert = db.prepare<ColumnValue[]>(
    `INSERT INTO visits (${VISIT_COLUMNS}, ${DERIVED_COLUMNS}) VALUES (${placeholders})
     ON CONFLICT (id) DO NOTHING`,
  );
  // One array for every insert, filled anew for each visit: the statement reads it at once.
  const params = new Array<ColumnValue>(FIELD_COUNT + DERIVED_COUNT);
  const voidOne = db.prepare<[string, string]>(
    'UPDATE visits SET voided = 1, received_at = ? WHERE id = ? AND voided = 0',
  );
  // The zone's clock is read once now, as the statements are prepared: the first reading loads
  // the zone's data into Intl (some 10 ms), which the first batch written would wait for instead.
  localParts(new Date(), timeZone);

  const putOne = (
    visit: Visit,
    receivedAt: string,
    device: string | null,
    centre: WriteCentre,
  ): PutOutcome => {
    const local = localParts(visit.visitedAt, centre.timeZone);
    let i = writeColumns(visit, params);
    params[i++] = new Date(Date.parse(visit.visitedAt)).toISOString();
    params[i++] = local.date;
    params[i++] = local.hour;
    params[i++] = receivedAt;
    params[i++] = receivedAt;
    params[i++] = device;
    params[i] = centre.id;
    const added = insert.run(...params);
    if (added.changes === 1) return 'stored';
    const row = held.get(visit.id);
    if (!row) throw new Error(`Visit ${visit.id} was neither inserted nor found.`);
    if (row[FIELD_COUNT] !== centre.id || !sameRecord(row, visit)) return 'conflict';
    const heldVoided = rowVoided(row);
    if (!heldVoided && visit.voided) {
      voidOne.run(receivedAt, visit.id);
      return 'voided';
    }
    // Voiding is one-way: a copy that would bring a voided visit back is a conflict (API.md).
    if (heldVoided && !visit.voided) return 'conflict';
    return 'unchanged';
  };

  // Called inside the outer transaction, better-sqlite3 wraps this one in a SAVEPOINT and rolls
  // back to it when it throws.
  const putBatch = db.transaction((batch: PutBatch): PutResult => {
    const receivedAt = batch.receivedAt.toISOString();
    const device = batch.device ?? null;
    const centre = batch.centre ?? firstCentre;
    return summarise(
      batch.visits,
      batch.visits.map((visit) => putOne(visit, receivedAt, device, centre)),
    );
  });

  const putAll = db.transaction((batches: readonly PutBatch[]): BatchOutcome[] =>
    batches.map((batch): BatchOutcome => {
      try {
        return { ok: true, result: putBatch(batch) };
      } catch (error) {
        // Some failures (a full disk, an I/O error) make SQLite roll back the whole transaction
        // by itself; going on would write the later batches outside any transaction.
        if (!db.inTransaction) throw error;
        return { ok: false, error };
      }
    }),
  );

  // IMMEDIATE takes the write lock first, so a second process can never make it fail halfway.
  return { putBatches: (batches) => putAll.immediate(batches) };
}

/** A batch's result from its outcomes in order: the ids held once each, and the conflicts. */
export function summarise(visits: readonly Visit[], outcomes: PutOutcome[]): PutResult {
  const stored: string[] = [];
  const conflicts: string[] = [];
  const seen = new Set<string>();
  outcomes.forEach((outcome, i) => {
    const id = visits[i]?.id;
    if (id === undefined) return;
    if (outcome === 'conflict') {
      conflicts.push(id);
    } else if (!seen.has(id)) {
      seen.add(id);
      stored.push(id);
    }
  });
  return { outcomes, stored, conflicts };
}
