// POST /api/v1/visits, the part that needs no database: the body's shape, and each visit judged
// on its own by the shared schema and the server's clock. What is left goes to the store, which
// tells new from retried, voided and conflicting.
import { z } from 'zod/mini';
import { MAX_VISITS_PER_REQUEST } from '../../shared/api/routes';
import {
  BatchRequestSchema,
  CONFLICT_REASON,
  type BatchAnswer,
  type Rejection,
} from '../../shared/api/visits';
import { parseVisit, visitTimeProblem, VisitSchema, type Visit } from '../../shared/visit';
import { ApiError } from '../http/responses';
import type { GroupCommit } from '../store/groupCommit';
import type { PutResult, WriteCentre } from '../store/VisitStore';

/**
 * The shared visit schema, compiled by zod into code generated for it: a valid visit is checked
 * about three times faster and with one object made rather than dozens, and anything else goes to
 * the schema itself, so the verdict and every message are the schema's own.
 */
export const COMPILED_VISIT_SCHEMA = z.compile(VisitSchema);

/** A rejection with the place of its visit in the request. */
export interface Placed {
  index: number;
  rejection: Rejection;
}

/** The visits array of a body that must be {"visits": [1 to 1000 items]}; else a 400. */
export function visitsOf(body: unknown): unknown[] {
  return batchOf(body).visits;
}

/**
 * The visits and the sending tablet's id of a body that must be {"visits": [1 to 1000 items]}
 * with, when given, "device": a UUID; else a 400.
 */
export function batchOf(body: unknown): { visits: unknown[]; device: string | null } {
  const parsed = BatchRequestSchema.safeParse(body);
  if (!parsed.success) {
    if (BatchRequestSchema.shape.visits.safeParse(visitsField(body)).success) {
      throw new ApiError(
        400,
        'invalid_body',
        'device must be the tablet’s own id (a UUID), or left out; no visit was stored.',
      );
    }
    throw new ApiError(
      400,
      'invalid_body',
      `The body must be a JSON object {"visits": [...]} holding 1 to ${MAX_VISITS_PER_REQUEST} visits.`,
    );
  }
  const { visits, device } = parsed.data;
  if (visits.length === 0) {
    throw new ApiError(
      400,
      'invalid_body',
      `visits is empty; send 1 to ${MAX_VISITS_PER_REQUEST} visits.`,
    );
  }
  if (visits.length > MAX_VISITS_PER_REQUEST) {
    throw new ApiError(
      400,
      'too_many_visits',
      `visits holds ${visits.length} visits; send at most ${MAX_VISITS_PER_REQUEST} in one request.`,
    );
  }
  return { visits, device: device ?? null };
}

const VisitsFieldSchema = z.object({ visits: z.unknown() });

function visitsField(body: unknown): unknown {
  const parsed = VisitsFieldSchema.safeParse(body);
  return parsed.success ? parsed.data.visits : undefined;
}

/**
 * The oldest a visit from a tablet may be: `maxDays` before its arrival. A visit the server holds
 * already passes whatever its age, so a retry or a void of one stored in time is answered as
 * before rather than refused.
 */
export interface AgeLimit {
  maxDays: number;
  /** Which of these ids the server holds. */
  heldAmong(ids: readonly string[]): Promise<Set<string>>;
}

const DAY_MS = 86_400_000;

export interface Judged {
  /** Valid visits with their place in the request. */
  accepted: { index: number; visit: Visit }[];
  rejected: Placed[];
  /** Valid visits older than the age limit: refused unless the server holds them already. */
  tooOld: { index: number; visit: Visit; reason: string }[];
}

function tooOldReason(visit: Visit, now: Date, maxDays: number | null): string | null {
  if (maxDays === null || Date.parse(visit.visitedAt) >= now.getTime() - maxDays * DAY_MS) {
    return null;
  }
  return `visitedAt ${visit.visitedAt} is more than ${maxDays} days before the server received it, so a tablet may not send it; a coordinator can load it from the tablet's file of unsent visits on the coordinator page.`;
}

/**
 * Each visit judged by the shared schema, the server's clock, the age limit in days (when given)
 * and, when `timeZone` is given (the routes give the centre's), by whether its stamp is a local
 * time of that zone with its offset.
 */
export function judgeVisits(
  items: readonly unknown[],
  now: Date,
  maxAgeDays: number | null = null,
  timeZone?: string,
): Judged {
  const judged: Judged = { accepted: [], rejected: [], tooOld: [] };
  items.forEach((item, index) => {
    const parsed = parseVisit(item, COMPILED_VISIT_SCHEMA);
    const reason = parsed.ok
      ? visitTimeProblem(parsed.visit.visitedAt, now, timeZone)
      : parsed.reason;
    if (reason !== null) {
      judged.rejected.push({ index, rejection: { id: idOf(item), reason } });
    } else if (parsed.ok) {
      const old = tooOldReason(parsed.visit, now, maxAgeDays);
      if (old === null) judged.accepted.push({ index, visit: parsed.visit });
      else judged.tooOld.push({ index, visit: parsed.visit, reason: old });
    }
  });
  return judged;
}

/** The visits too old to send admitted when the server holds them, and refused when not. */
function admitHeld(judged: Judged, held: Set<string>): Judged {
  const accepted = [...judged.accepted];
  const rejected = [...judged.rejected];
  for (const { index, visit, reason } of judged.tooOld) {
    if (held.has(visit.id)) accepted.push({ index, visit });
    else rejected.push({ index, rejection: { id: visit.id, reason } });
  }
  accepted.sort((a, b) => a.index - b.index);
  return { accepted, rejected, tooOld: [] };
}

/**
 * Judges the visits of a request, writes the valid ones and resolves with the answer. While the
 * write waits for its commit (with the other requests of its group) only the rejections and the
 * places of the accepted visits wait with it, not the visits: under load a batch waits long
 * enough for anything it holds to outlive V8's young generation, and that cost more than the rest
 * of the request. (So this is a plain function: an async one keeps its locals across an await.)
 * Only a batch with visits past the age limit waits first for the store to say which it holds.
 */
export function storeBatch(
  items: readonly unknown[],
  received: Date,
  writes: GroupCommit,
  device: string | null = null,
  age: AgeLimit | null = null,
  centre?: WriteCentre,
): Promise<BatchAnswer> {
  const judged = judgeVisits(items, received, age?.maxDays ?? null, centre?.timeZone);
  if (age === null || judged.tooOld.length === 0) {
    return writeJudged(judged, received, writes, device, centre);
  }
  return age
    .heldAmong(judged.tooOld.map((old) => old.visit.id))
    .then((held) => writeJudged(admitHeld(judged, held), received, writes, device, centre));
}

function writeJudged(
  { accepted, rejected }: Judged,
  received: Date,
  writes: GroupCommit,
  device: string | null,
  centre: WriteCentre | undefined,
): Promise<BatchAnswer> {
  const places = accepted.map((a) => a.index);
  return writes
    .put(
      accepted.map((a) => a.visit),
      received,
      device,
      centre ?? null,
    )
    .then((put) => batchAnswer(rejected, places, put));
}

/**
 * The answer of API.md: stored ids, and rejections in the order the visits were sent. `places`
 * holds where each visit given to the store stood in the request.
 */
export function batchAnswer(
  judgedRejected: readonly Placed[],
  places: readonly number[],
  put: PutResult,
): BatchAnswer {
  const rejected = [...judgedRejected];
  let conflicts = 0;
  put.outcomes.forEach((outcome, i) => {
    if (outcome !== 'conflict') return;
    // put.conflicts lists the conflicting ids in the order of their outcomes.
    const id = put.conflicts[conflicts++];
    const index = places[i];
    if (id !== undefined && index !== undefined) {
      rejected.push({ index, rejection: { id, reason: CONFLICT_REASON } });
    }
  });
  rejected.sort((a, b) => a.index - b.index);
  return { stored: put.stored, rejected: rejected.map((r) => r.rejection) };
}

// The id a rejection names, when the item has one worth naming.
const WithIdSchema = z.object({ id: z.string() });

function idOf(item: unknown): string | null {
  const parsed = WithIdSchema.safeParse(item);
  return parsed.success ? parsed.data.id : null;
}
