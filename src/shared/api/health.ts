// GET /api/v1/health: the server is up, and which version it runs.
import { z } from 'zod/mini';

export const HealthSchema = z.object({ status: z.literal('ok'), version: z.string() });

export type Health = z.output<typeof HealthSchema>;
