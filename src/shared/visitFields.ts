// A visit's fields, named once: their order, the values of its two enumerations, and the one copy of
// a record. Kept apart from the schema (visit.ts) because this needs no zod at run time (the type
// is only read from there): the kiosk's first screen and the server's writer thread use it
// without loading a validator they never call.
import type { Visit } from './visit';

export const AGE_GROUPS = ['adult', 'child'] as const;
export const VISIT_KINDS = ['visitor', 'volunteer'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export type VisitKind = (typeof VISIT_KINDS)[number];

/**
 * The fields in the API's order: the one list every copy between forms follows (the tablet's rows,
 * the server's columns, the writer thread's flat rows, the CSV).
 */
export const VISIT_FIELDS = [
  'id',
  'visitedAt',
  'country',
  'municipality',
  'ageGroup',
  'partyId',
  'deviceId',
  'voided',
  'kind',
] as const satisfies readonly (keyof Visit)[];

export type VisitField = (typeof VISIT_FIELDS)[number];

// Fails to compile when the record gains a field the list lacks.
const listHasEveryField: Exclude<keyof Visit, VisitField> extends never ? true : false = true;
void listHasEveryField;

/** The record as the API carries it, without anything a store keeps beside it. */
export function apiRecord(visit: Visit): Visit {
  return {
    id: visit.id,
    visitedAt: visit.visitedAt,
    country: visit.country,
    municipality: visit.municipality,
    ageGroup: visit.ageGroup,
    partyId: visit.partyId,
    deviceId: visit.deviceId,
    voided: visit.voided,
    kind: visit.kind,
  };
}

/**
 * A field's name as a column: visitedAt → visited_at. The visit log's CSV columns are named so,
 * and so are the server's table columns.
 */
export function columnName(field: VisitField): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

// 1 to 64 characters (code points, not UTF-16 units), none of them control characters, line
// breaks or broken surrogate halves, so the name prints on one line in every report.
const DEVICE_ID = /^[^\p{Cc}\p{Cs}\p{Zl}\p{Zp}]{1,64}$/u;

/** Whether a tablet name is acceptable as a visit's deviceId. */
export function isDeviceId(value: string): boolean {
  return DEVICE_ID.test(value);
}
