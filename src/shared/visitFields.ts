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

// A tablet's name is how staff tell tablets apart in every list, so it must look like what it is:
// 1 to 64 characters (code points, not UTF-16 units), something besides spaces, and nothing that
// does not show or that changes how the rest shows: no control or format characters (line breaks,
// direction overrides and isolates, zero-width and soft-hyphen characters), no spaces but the plain
// one, no private-use or broken surrogate halves, no fillers that draw as blanks. A variation
// selector is kept only right after what it varies (the red heart ❤️), never alone.
const PLAIN_ASCII_NAME = /^[ -~]{1,64}$/;
const NOT_SHOWN =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Z}\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFA0]/u;
const VARIATION_SELECTOR = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const MARK = /^\p{M}$/u;
const MAX_NAME_LENGTH = 64;

/**
 * Whether a tablet name is acceptable as a visit's deviceId. Zod-free, and in this file rather
 * than the schema's, because the kiosk's first screen checks the stored name without loading zod.
 */
export function isDeviceId(value: string): boolean {
  // Nearly every name is plain ASCII: one test, and it only has to show something besides spaces.
  if (PLAIN_ASCII_NAME.test(value)) return value.trim() !== '';
  let length = 0;
  let shown = false;
  let after: 'start' | 'space' | 'shown' | 'selector' = 'start';
  for (const char of value) {
    if (++length > MAX_NAME_LENGTH) return false;
    if (char === ' ') {
      after = 'space';
    } else if (VARIATION_SELECTOR.test(char)) {
      if (after !== 'shown') return false;
      after = 'selector';
    } else if (NOT_SHOWN.test(char) || (after === 'start' && MARK.test(char))) {
      return false;
    } else {
      shown = true;
      after = 'shown';
    }
  }
  return shown;
}
