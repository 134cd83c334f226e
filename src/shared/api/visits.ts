// POST /api/v1/visits and GET /api/v1/visits: the batch a tablet sends, the answer it gets back,
// and the visit list a coordinator reads.
import { z } from 'zod/mini';
import { VisitSchema } from '../visit';

/** The reason the server gives for a visit it holds already with a different record. */
export const CONFLICT_REASON = 'conflict';

export const RejectionSchema = z.object({ id: z.nullable(z.string()), reason: z.string() });

export type Rejection = z.output<typeof RejectionSchema>;

/** The answer to a batch: every id the server now holds, and each visit refused with why. */
export const BatchAnswerSchema = z.object({
  stored: z.array(z.string()),
  rejected: z.array(RejectionSchema),
});

export type BatchAnswer = z.output<typeof BatchAnswerSchema>;

/** GET /api/v1/visits as JSON. */
export const VisitListSchema = z.object({ visits: z.array(VisitSchema) });

export type VisitList = z.output<typeof VisitListSchema>;
