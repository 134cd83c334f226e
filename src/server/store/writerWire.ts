// What crosses between the main thread and the writer thread, in a flat form. A batch of visits
// goes as one array of their fields in a fixed order, an answer's outcomes as one letter each.
// Structured cloning copies such an array in about half the time the same visits take as objects
// (whose every key is written and read again for every visit), on both threads. The writer thread
// checks what it reads, so a malformed message fails its own batch rather than writing nonsense.
import type { AgeGroup, Visit, VisitKind } from '../../shared/visit';
import type { PutOutcome, PutResult } from './VisitStore';

/**
 * The fields of each visit in turn: id, visitedAt, country, municipality, ageGroup, partyId,
 * deviceId, voided, kind.
 */
export type VisitRows = (string | boolean | null)[];

const FIELDS = 9;

export function visitsToRows(visits: readonly Visit[]): VisitRows {
  // Made at its full length at once rather than grown, which would copy it over and over.
  const rows: VisitRows = new Array<string | boolean | null>(visits.length * FIELDS);
  let i = 0;
  for (const v of visits) {
    rows[i++] = v.id;
    rows[i++] = v.visitedAt;
    rows[i++] = v.country;
    rows[i++] = v.municipality;
    rows[i++] = v.ageGroup;
    rows[i++] = v.partyId;
    rows[i++] = v.deviceId;
    rows[i++] = v.voided;
    rows[i++] = v.kind;
  }
  return rows;
}

export function rowsToVisits(rows: VisitRows): Visit[] {
  if (rows.length % FIELDS !== 0) throw new TypeError('A batch for the writer is cut short.');
  const visits: Visit[] = [];
  for (let i = 0; i < rows.length; i += FIELDS) {
    visits.push({
      id: text(rows[i]),
      visitedAt: text(rows[i + 1]),
      country: textOrNull(rows[i + 2]),
      municipality: textOrNull(rows[i + 3]),
      ageGroup: oneOf<AgeGroup>(rows[i + 4], AGE_GROUPS),
      partyId: text(rows[i + 5]),
      deviceId: text(rows[i + 6]),
      voided: flag(rows[i + 7]),
      kind: oneOf<VisitKind>(rows[i + 8], KINDS),
    });
  }
  return visits;
}

/** A PutResult with its outcomes as one letter each. */
export interface ResultWire {
  outcomes: string;
  stored: string[];
  conflicts: string[];
}

const LETTER: Record<PutOutcome, string> = {
  stored: 's',
  unchanged: 'u',
  voided: 'v',
  conflict: 'c',
};
const OUTCOME: Partial<Record<string, PutOutcome>> = {
  s: 'stored',
  u: 'unchanged',
  v: 'voided',
  c: 'conflict',
};

export function resultToWire(result: PutResult): ResultWire {
  let outcomes = '';
  for (const outcome of result.outcomes) outcomes += LETTER[outcome];
  return { outcomes, stored: result.stored, conflicts: result.conflicts };
}

export function wireToResult(wire: ResultWire): PutResult {
  const outcomes: PutOutcome[] = [];
  for (const letter of wire.outcomes) {
    const outcome = OUTCOME[letter];
    if (outcome === undefined) throw new TypeError(`The writer answered an unknown outcome.`);
    outcomes.push(outcome);
  }
  return { outcomes, stored: wire.stored, conflicts: wire.conflicts };
}

const AGE_GROUPS: readonly AgeGroup[] = ['adult', 'child'];
const KINDS: readonly VisitKind[] = ['visitor', 'volunteer'];

function text(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError('A visit for the writer lacks a field.');
  return value;
}

function textOrNull(value: unknown): string | null {
  return value === null ? null : text(value);
}

function flag(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new TypeError('A visit for the writer lacks voided.');
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw new TypeError(`A visit for the writer has ${String(value)}.`);
  return found;
}
