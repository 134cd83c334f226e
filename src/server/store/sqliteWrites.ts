// The write path of the SQLite store: batches of visits judged against what is held and written
// in one IMMEDIATE transaction. Several batches can share that transaction (and its one fsync),
// each inside a SAVEPOINT of its own, so a batch that fails is undone alone and the others still
// commit. A new visit costs one INSERT ... ON CONFLICT DO NOTHING; only a visit already held is
// read back to be compared.
import type Database from 'better-sqlite3';
import { localParts } from '../../shared/time';
import type { Visit } from '../../shared/visit';
import type { BatchOutcome, PutBatch, PutOutcome, PutResult } from './VisitStore';

export interface HeldRow {
  visited_at: string;
  country: string | null;
  municipality: string | null;
  age_group: string;
  party_id: string;
  device_id: string;
  voided: number;
  kind: string;
}

type InsertParams = [
  id: string,
  visitedAt: string,
  visitedUtc: string,
  localDate: string,
  localHour: number,
  country: string | null,
  municipality: string | null,
  ageGroup: string,
  partyId: string,
  deviceId: string,
  voided: number,
  kind: string,
  receivedAt: string,
];

export interface SqliteWriter {
  putBatches(batches: readonly PutBatch[]): BatchOutcome[];
}

export function sqliteWriter(db: Database.Database, timeZone: string): SqliteWriter {
  const held = db.prepare<[string], HeldRow>(
    `SELECT visited_at, country, municipality, age_group, party_id, device_id, voided, kind
     FROM visits WHERE id = ?`,
  );
  const insert = db.prepare<InsertParams>(
    `INSERT INTO visits (id, visited_at, visited_utc, local_date, local_hour, country,
                         municipality, age_group, party_id, device_id, voided, kind, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  );
  const voidOne = db.prepare<[string, string]>(
    'UPDATE visits SET voided = 1, received_at = ? WHERE id = ? AND voided = 0',
  );
  // The zone's clock is read once now, as the statements are prepared: the first reading loads
  // the zone's data into Intl (some 10 ms), which the first batch written would wait for instead.
  localParts(new Date(), timeZone);

  const putOne = (visit: Visit, receivedAt: string): PutOutcome => {
    const local = localParts(visit.visitedAt, timeZone);
    const added = insert.run(
      visit.id,
      visit.visitedAt,
      new Date(Date.parse(visit.visitedAt)).toISOString(),
      local.date,
      local.hour,
      visit.country,
      visit.municipality,
      visit.ageGroup,
      visit.partyId,
      visit.deviceId,
      visit.voided ? 1 : 0,
      visit.kind,
      receivedAt,
    );
    if (added.changes === 1) return 'stored';
    const row = held.get(visit.id);
    if (!row) throw new Error(`Visit ${visit.id} was neither inserted nor found.`);
    if (!sameRecord(row, visit)) return 'conflict';
    if (row.voided === 0 && visit.voided) {
      voidOne.run(receivedAt, visit.id);
      return 'voided';
    }
    // Voiding is one-way: a copy that would bring a voided visit back is a conflict (API.md).
    if (row.voided === 1 && !visit.voided) return 'conflict';
    return 'unchanged';
  };

  // Called inside the outer transaction, better-sqlite3 wraps this one in a SAVEPOINT and rolls
  // back to it when it throws.
  const putBatch = db.transaction((batch: PutBatch): PutResult => {
    const receivedAt = batch.receivedAt.toISOString();
    return summarise(
      batch.visits,
      batch.visits.map((visit) => putOne(visit, receivedAt)),
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

function summarise(visits: readonly Visit[], outcomes: PutOutcome[]): PutResult {
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

function sameRecord(held: HeldRow, visit: Visit): boolean {
  return (
    held.visited_at === visit.visitedAt &&
    held.country === visit.country &&
    held.municipality === visit.municipality &&
    held.age_group === visit.ageGroup &&
    held.party_id === visit.partyId &&
    held.device_id === visit.deviceId &&
    held.kind === visit.kind
  );
}
