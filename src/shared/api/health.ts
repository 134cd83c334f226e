// GET /api/v1/health: the server is up, which version it runs, and its clock and zone.
import { z } from 'zod/mini';
import { ServerClockFields } from './serverClock';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  ...ServerClockFields,
});

export type Health = z.output<typeof HealthSchema>;
