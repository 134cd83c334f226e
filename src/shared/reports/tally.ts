// The one rule every count of visits follows, on the tablet and in the grant report, and the
// server's SQL alike: a visitor's visit counts unless it was voided, adults and children apart,
// and a volunteer's day is counted apart from the visitors and never as a visit.
import type { Visit } from '../visit';

export interface AgeCount {
  adults: number;
  children: number;
}

export interface Headcount extends AgeCount {
  /** Visitors' visits that were not voided: the adults and the children together. */
  visits: number;
  /** Volunteers' days, counted apart from the visitors. */
  volunteers: number;
}

/** Which count of an AgeCount a visit went to. */
export type AgeBucket = keyof AgeCount;

/**
 * Counts `visits` by the rule. `counted` is handed each visit that counted as a visitor's, with
 * the count it went to, so a caller can split the same visits further (by hour, by country)
 * without a rule of its own. One pass, nothing allocated per visit.
 */
export function tally<V extends Visit>(
  visits: Iterable<V>,
  counted?: (visit: V, bucket: AgeBucket) => void,
): Headcount {
  let adults = 0;
  let children = 0;
  let volunteers = 0;
  for (const visit of visits) {
    if (visit.voided) continue;
    if (visit.kind === 'volunteer') {
      volunteers += 1;
      continue;
    }
    const bucket: AgeBucket = visit.ageGroup === 'child' ? 'children' : 'adults';
    if (bucket === 'children') children += 1;
    else adults += 1;
    counted?.(visit, bucket);
  }
  return { visits: adults + children, adults, children, volunteers };
}

/**
 * The order of a count's keys wherever counts are listed: code units rather than localeCompare,
 * so every runtime sorts alike, and null ("not said") last.
 */
export function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
