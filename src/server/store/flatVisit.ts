// A visit as a flat run of its field values in VISIT_FIELDS order: the form it takes in the writer
// thread's messages (writerWire.ts) and in a row of the visits table, whose columns are named after
// the fields (visitedAt → visited_at) and come in the same order. Every copy between a Visit and
// such a run goes through here, so the store's other files never spell the fields out. SQLite has
// no booleans, so the table keeps voided as 0 or 1.
import {
  AGE_GROUPS,
  columnName,
  VISIT_FIELDS,
  VISIT_KINDS,
  type VisitField,
} from '../../shared/visitFields';
import type { Visit } from '../../shared/visit';
import type { LoggedVisit } from '../../shared/api/visits';

/** A field's value in a flat run. */
export type FieldValue = Visit[VisitField];

/** A field's value as the table keeps it. */
export type ColumnValue = string | number | null;

export const FIELD_COUNT = VISIT_FIELDS.length;

/** The visit's columns in VISIT_FIELDS order, as a SELECT or an INSERT lists them. */
export const VISIT_COLUMNS = VISIT_FIELDS.map(columnName).join(', ');

const VOIDED_AT = VISIT_FIELDS.indexOf('voided');

/** Copies the visit's values into `into` from `at` on; returns where the next value goes. */
export function writeFields(visit: Visit, into: FieldValue[], at: number): number {
  let i = at;
  for (const field of VISIT_FIELDS) into[i++] = visit[field];
  return i;
}

/** Copies the visit's values as the table keeps them into `into` from 0 on; returns the count. */
export function writeColumns(visit: Visit, into: ColumnValue[]): number {
  let i = 0;
  for (const field of VISIT_FIELDS) {
    const value = visit[field];
    into[i++] = typeof value === 'boolean' ? Number(value) : value;
  }
  return i;
}

/** Whether a row of the table holds the same record as `visit`, whether voided or not. */
export function sameRecord(row: readonly ColumnValue[], visit: Visit): boolean {
  let i = 0;
  for (const field of VISIT_FIELDS) {
    if (i !== VOIDED_AT && row[i] !== visit[field]) return false;
    i++;
  }
  return true;
}

/** Whether a row of the table holds a voided visit. */
export function rowVoided(row: readonly ColumnValue[]): boolean {
  return row[VOIDED_AT] === 1;
}

/**
 * The visit a row of the table holds (its VISIT_COLUMNS, in order). The row is the statement's own
 * array, read once, so voided is turned into true or false in place.
 */
export function rowToVisit(row: unknown[]): Visit {
  row[VOIDED_AT] = row[VOIDED_AT] === 1;
  return readVisit(row, 0);
}

/** A row of the visit log: the visit's columns, then arrived_at, device and centre_id. */
export function rowToLoggedVisit(row: unknown[]): LoggedVisit {
  row.pop();
  const device = row.pop();
  const arrived = row.pop();
  return {
    ...rowToVisit(row),
    receivedAt: typeof arrived === 'string' ? arrived : null,
    device: typeof device === 'string' ? device : null,
  };
}

/** A row of the visit log with its centre's id. */
export function rowToCentredVisit(row: unknown[]): LoggedVisit & { centreId: string } {
  const centreId = String(row[row.length - 1]);
  return { ...rowToLoggedVisit(row), centreId };
}

/** The visit whose values start at `at`, each checked; a TypeError when one is not right. */
export function readVisit(values: readonly unknown[], at: number): Visit {
  if (at < 0 || at + FIELD_COUNT > values.length) throw new TypeError('A visit is cut short.');
  // Filled below, every field of VISIT_FIELDS by its own reader.
  const visit = {} as Visit;
  let i = at;
  for (const field of VISIT_FIELDS) readInto(visit, field, values[i++]);
  return visit;
}

function readInto<F extends VisitField>(visit: Visit, field: F, value: unknown): void {
  visit[field] = READ[field](value, field);
}

/** How each field's value is checked as it is read. */
const READ: { [F in VisitField]: (value: unknown, field: F) => Visit[F] } = {
  id: text,
  visitedAt: text,
  country: textOrNull,
  municipality: textOrNull,
  ageGroup: (value, field) => oneOf(value, AGE_GROUPS, field),
  partyId: text,
  deviceId: text,
  voided: flag,
  kind: (value, field) => oneOf(value, VISIT_KINDS, field),
};

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new TypeError(`A visit's ${field} is not text.`);
  return value;
}

function textOrNull(value: unknown, field: string): string | null {
  return value === null ? null : text(value, field);
}

function flag(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`A visit's ${field} is not true or false.`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw new TypeError(`A visit's ${field} is ${String(value)}.`);
  return found;
}
