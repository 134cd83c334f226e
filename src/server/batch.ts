// POST /api/v1/visits, the part that needs no database: the body's shape, and each visit judged
// on its own by the shared schema and the server's clock. What is left goes to the store, which
// tells new from retried, voided and conflicting.
import { parseVisit, visitTimeProblem, type Visit } from '../shared/visit';
import { ApiError } from './http';
import type { PutResult } from './store/VisitStore';

export const MAX_VISITS_PER_REQUEST = 1000;

export interface Rejection {
  id: string | null;
  reason: string;
}

export interface Judged {
  /** Valid visits with their place in the request. */
  accepted: { index: number; visit: Visit }[];
  rejected: { index: number; rejection: Rejection }[];
}

/** The visits array of a body that must be {"visits": [1 to 1000 items]}; else a 400. */
export function visitsOf(body: unknown): unknown[] {
  const visits: unknown =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? Reflect.get(body, 'visits')
      : undefined;
  if (!Array.isArray(visits)) {
    throw new ApiError(
      400,
      'invalid_body',
      'The body must be a JSON object {"visits": [...]} holding 1 to 1000 visits.',
    );
  }
  if (visits.length === 0) {
    throw new ApiError(400, 'invalid_body', 'visits is empty; send 1 to 1000 visits.');
  }
  if (visits.length > MAX_VISITS_PER_REQUEST) {
    throw new ApiError(
      400,
      'too_many_visits',
      `visits holds ${visits.length} visits; send at most ${MAX_VISITS_PER_REQUEST} in one request.`,
    );
  }
  return visits;
}

export function judgeVisits(items: readonly unknown[], now: Date): Judged {
  const judged: Judged = { accepted: [], rejected: [] };
  items.forEach((item, index) => {
    const parsed = parseVisit(item);
    const reason = parsed.ok ? visitTimeProblem(parsed.visit.visitedAt, now) : parsed.reason;
    if (reason !== null) {
      judged.rejected.push({ index, rejection: { id: idOf(item), reason } });
    } else if (parsed.ok) {
      judged.accepted.push({ index, visit: parsed.visit });
    }
  });
  return judged;
}

/** The answer of API.md: stored ids, and rejections in the order the visits were sent. */
export function batchAnswer(
  judged: Judged,
  put: PutResult,
): { stored: string[]; rejected: Rejection[] } {
  const rejected = [...judged.rejected];
  put.outcomes.forEach((outcome, i) => {
    const accepted = judged.accepted[i];
    if (outcome === 'conflict' && accepted) {
      rejected.push({
        index: accepted.index,
        rejection: { id: accepted.visit.id, reason: 'conflict' },
      });
    }
  });
  rejected.sort((a, b) => a.index - b.index);
  return { stored: put.stored, rejected: rejected.map((r) => r.rejection) };
}

function idOf(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const id: unknown = Reflect.get(item, 'id');
  return typeof id === 'string' ? id : null;
}
