// GET /api/v1/summary: one day's figures for the centre, aggregates only.
import { z } from 'zod/mini';
import { ServerClockFields } from './serverClock';

const count = z.number().check(z.int(), z.nonnegative());

export const KeyCountSchema = z.object({ key: z.nullable(z.string()), visits: count });

export type KeyCount = z.output<typeof KeyCountSchema>;

export const DeviceActivitySchema = z.object({
  /** The tablet's name, as its visits carry it. */
  deviceId: z.string(),
  /**
   * The tablet's own id as it sent its visits (a UUID), null for visits sent without one; left out
   * by older servers. A renamed tablet has a row for each name with the same id.
   */
  device: z.optional(z.nullable(z.string())),
  /** Visitors' visits that day, voided left out. */
  visits: count,
  /** When the server last received a record of that day from the device (ISO, UTC). */
  lastSeenAt: z.string(),
});

export type DeviceActivity = z.output<typeof DeviceActivitySchema>;

/** Visitors' visits (voided left out), volunteers apart. */
export const SummarySchema = z.object({
  date: z.string(),
  visits: count,
  adults: count,
  children: count,
  volunteers: count,
  /** Local hours 0-23 with at least one visit, in order. */
  byHour: z.array(z.object({ hour: count, visits: count })),
  /** Most visits first, ties by key, null (not said) last among equals. */
  byCountry: z.array(KeyCountSchema),
  byMunicipality: z.array(KeyCountSchema),
  /** Every device that sent a record for that day, by name and id. */
  devices: z.array(DeviceActivitySchema),
  ...ServerClockFields,
});

export type DaySummary = z.output<typeof SummarySchema>;
