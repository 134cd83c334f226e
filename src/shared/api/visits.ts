// POST /api/v1/visits and GET /api/v1/visits: the batch a tablet sends, the answer it gets back,
// and the visit list a coordinator reads.
import { z } from 'zod/mini';
import { VisitSchema } from '../visit';
import { ServerClockFields } from './serverClock';

/** The reason the server gives for a visit it holds already with a different record. */
export const CONFLICT_REASON = 'conflict';

export const RejectionSchema = z.object({ id: z.nullable(z.string()), reason: z.string() });

export type Rejection = z.output<typeof RejectionSchema>;

/**
 * A batch as a tablet sends it. Only that the visits come as an array: each one is judged on its
 * own, so a wrong visit is rejected alone rather than failing the whole body. `device` is the
 * sending tablet's own id, a UUID it keeps for good, so the server can tell its visits apart from
 * those of a tablet with the same name (and after a rename); left out by older tablets.
 */
export const BatchRequestSchema = z.object({
  visits: z.custom<unknown[]>(Array.isArray),
  device: z.optional(z.uuid()),
});

export type BatchRequest = z.output<typeof BatchRequestSchema>;

/**
 * The answer to a batch: every id the server now holds, and each visit refused with why; with the
 * server's clock and zone, which older servers leave out.
 */
export const BatchAnswerSchema = z.object({
  stored: z.array(z.string()),
  rejected: z.array(RejectionSchema),
  ...ServerClockFields,
});

export type BatchAnswer = z.output<typeof BatchAnswerSchema>;

/**
 * A visit as the visit list gives it: the record, when the server first received it (ISO, UTC;
 * a retry or a void keeps the first) and the id of the tablet that sent it (its device id, or the
 * id a tablet without a key of its own gave in its batch; null when neither is known), and on a
 * server with several centres the name of the visit's centre.
 */
export const LoggedVisitSchema = z.intersection(
  VisitSchema,
  z.object({
    receivedAt: z.nullable(z.string()),
    device: z.nullable(z.string()),
    /** The centre's name; only on a server with more than one centre. */
    centre: z.optional(z.string()),
  }),
);

export type LoggedVisit = z.output<typeof LoggedVisitSchema>;

/** GET /api/v1/visits as JSON. */
export const VisitListSchema = z.object({ visits: z.array(LoggedVisitSchema) });

export type VisitList = z.output<typeof VisitListSchema>;
