// What crosses between the main thread and the writer thread, in a flat form. A batch of visits
// goes as one array of their fields in VISIT_FIELDS order, an answer's outcomes as one letter each.
// Structured cloning copies such an array in about half the time the same visits take as objects
// (whose every key is written and read again for every visit), on both threads. The writer thread
// checks what it reads, so a malformed message fails its own batch rather than writing nonsense.
import type { Visit } from '../../shared/visit';
import { FIELD_COUNT, readVisit, writeFields, type FieldValue } from './flatVisit';
import type { PutOutcome, PutResult } from './VisitStore';

/** The fields of each visit in turn, in VISIT_FIELDS order. */
export type VisitRows = FieldValue[];

export function visitsToRows(visits: readonly Visit[]): VisitRows {
  // Made at its full length at once rather than grown, which would copy it over and over.
  const rows: VisitRows = new Array<FieldValue>(visits.length * FIELD_COUNT);
  let i = 0;
  for (const visit of visits) i = writeFields(visit, rows, i);
  return rows;
}

export function rowsToVisits(rows: VisitRows): Visit[] {
  if (rows.length % FIELD_COUNT !== 0) throw new TypeError('A batch for the writer is cut short.');
  const visits: Visit[] = [];
  for (let i = 0; i < rows.length; i += FIELD_COUNT) visits.push(readVisit(rows, i));
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
