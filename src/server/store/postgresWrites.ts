// The write path of the PostgreSQL store: batches of visits judged against what is held, as
// sqliteWrites.ts judges them, in one transaction with one durable commit, each batch in a
// SAVEPOINT of its own. What is stored is decided by the database, never by this process: a new
// visit is one row of INSERT ... ON CONFLICT (id) DO NOTHING (another process inserting the same id
// at once waits for this one's commit and then finds it held), and a visit already held is read
// back under a row lock (FOR UPDATE), so two processes voiding or comparing it take turns.
import type { PoolClient } from 'pg';
import { localParts } from '../../shared/time';
import { VISIT_FIELDS, columnName } from '../../shared/visitFields';
import type { Visit } from '../../shared/visit';
import {
  FIELD_COUNT,
  rowVoided,
  sameRecord,
  VISIT_COLUMNS,
  writeColumns,
  type ColumnValue,
} from './flatVisit';
import { summarise } from './sqliteWrites';
import { FIRST_CENTRE_ID } from './migrations';
import type { BatchOutcome, PutBatch, PutOutcome, PutResult } from './VisitStore';

const DERIVED_COLUMNS = [
  'visited_utc',
  'local_date',
  'local_hour',
  'received_at',
  'arrived_at',
  'device',
  'centre_id',
];
const COLUMNS = [...VISIT_FIELDS.map(columnName), ...DERIVED_COLUMNS];
const SMALLINT_COLUMNS = new Set(['voided', 'local_hour']);

// One array per column, unnested into rows: a batch of any size is one statement. Rows go in in id
// order, so two processes inserting overlapping batches wait for each other's ids in one order.
const INSERT = `INSERT INTO visits (${COLUMNS.join(', ')})
  SELECT * FROM unnest(${COLUMNS.map(
    (column, i) => `$${i + 1}::${SMALLINT_COLUMNS.has(column) ? 'smallint' : 'text'}[]`,
  ).join(', ')}) AS row (${COLUMNS.join(', ')})
  ORDER BY id
  ON CONFLICT (id) DO NOTHING RETURNING id`;
const HELD = `SELECT ${VISIT_COLUMNS}, centre_id FROM visits WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`;
const VOID = `UPDATE visits SET voided = 1, received_at = $1 WHERE id = ANY($2::text[]) AND voided = 0`;

/** PostgreSQL's codes for a transaction that lost a race and may simply be run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_TRIES = 5;

export function isRetryable(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    RETRYABLE.has(error.code)
  );
}

/**
 * Writes the batches in one transaction on `client`, which this leaves idle again. Two processes
 * writing overlapping groups can deadlock on each other's new ids; PostgreSQL then undoes one of
 * the transactions, which is run again whole, up to five times.
 */
export async function putBatchesPg(
  client: PoolClient,
  batches: readonly PutBatch[],
  timeZone: string,
): Promise<BatchOutcome[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query('BEGIN');
      const outcomes: BatchOutcome[] = [];
      for (const batch of batches) {
        await client.query('SAVEPOINT batch');
        try {
          outcomes.push({ ok: true, result: await putBatch(client, batch, timeZone) });
          await client.query('RELEASE SAVEPOINT batch');
        } catch (error) {
          if (isRetryable(error)) throw error;
          await client.query('ROLLBACK TO SAVEPOINT batch');
          outcomes.push({ ok: false, error });
        }
      }
      await client.query('COMMIT');
      return outcomes;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (!isRetryable(error) || attempt >= MAX_TRIES) throw error;
    }
  }
}

interface Held {
  row: readonly ColumnValue[];
  voided: boolean;
  centre: ColumnValue;
}

async function putBatch(client: PoolClient, batch: PutBatch, timeZone: string): Promise<PutResult> {
  const receivedAt = batch.receivedAt.toISOString();
  const device = batch.device ?? null;
  const centre = batch.centre ?? { id: FIRST_CENTRE_ID, timeZone };
  // The first copy of each id is offered to the table; later copies are judged against it below.
  const firsts = new Map<string, Visit>();
  for (const visit of batch.visits) if (!firsts.has(visit.id)) firsts.set(visit.id, visit);
  const columns = COLUMNS.map((): ColumnValue[] => []);
  const row = new Array<ColumnValue>(FIELD_COUNT);
  for (const visit of firsts.values()) {
    const local = localParts(visit.visitedAt, centre.timeZone);
    let i = writeColumns(visit, row);
    for (let f = 0; f < i; f++) columns[f]?.push(row[f] ?? null);
    for (const value of [
      new Date(Date.parse(visit.visitedAt)).toISOString(),
      local.date,
      local.hour,
      receivedAt,
      receivedAt,
      device,
      centre.id,
    ]) {
      columns[i++]?.push(value);
    }
  }
  const inserted = new Set(
    (await client.query<{ id: string }>(INSERT, columns)).rows.map((r) => r.id),
  );

  const held = new Map<string, Held>();
  const others = [...firsts.keys()].filter((id) => !inserted.has(id));
  if (others.length > 0) {
    const rows = await client.query<ColumnValue[]>({
      text: HELD,
      values: [others],
      rowMode: 'array',
    });
    for (const found of rows.rows) {
      held.set(String(found[0]), {
        row: found,
        voided: rowVoided(found),
        centre: found[FIELD_COUNT] ?? null,
      });
    }
  }

  // The batch judged in order, as if its visits came one after another.
  const toVoid: string[] = [];
  const outcomes = batch.visits.map((visit): PutOutcome => {
    const known = held.get(visit.id);
    if (known === undefined) {
      if (!inserted.has(visit.id))
        throw new Error(`Visit ${visit.id} was neither inserted nor found.`);
      const columnsOf = new Array<ColumnValue>(FIELD_COUNT);
      writeColumns(visit, columnsOf);
      held.set(visit.id, { row: columnsOf, voided: visit.voided, centre: centre.id });
      return 'stored';
    }
    if (known.centre !== centre.id || !sameRecord(known.row, visit)) return 'conflict';
    if (!known.voided && visit.voided) {
      known.voided = true;
      toVoid.push(visit.id);
      return 'voided';
    }
    // Voiding is one-way: a copy that would bring a voided visit back is a conflict (API.md).
    if (known.voided && !visit.voided) return 'conflict';
    return 'unchanged';
  });
  if (toVoid.length > 0) await client.query(VOID, [receivedAt, toVoid]);
  return summarise(batch.visits, outcomes);
}
