// Devices and pairing: a tablet exchanges a one-time pairing code for a key of its own, reports
// how it is doing, and a coordinator lists the tablets and withdraws one. The bodies of
// POST /pairing-codes, POST /pair, POST /devices/me/status, GET /devices and
// POST /devices/{id}/revoke.
import { z } from 'zod/mini';
import { isDeviceId } from '../visitFields';
import { PairedCentreSchema } from './centres';
import { ServerClockFields } from './serverClock';

/** How long a pairing code lasts unless asked otherwise, and the longest it may. */
export const DEFAULT_PAIRING_CODE_HOURS = 24;
export const MAX_PAIRING_CODE_HOURS = 168;

/**
 * A pairing code as shown and typed: groups of capital letters and digits (no I, L, O, U) joined
 * by hyphens. A reader takes it in any case, with or without the hyphens and spaces.
 */
export const PAIRING_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

/** The code as the server compares it: capitals, nothing between the groups. */
export function normalisePairingCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, '');
}

const isoTime = z.iso.datetime({ offset: true });

export const PairingCodeRequestSchema = z.object({
  /** The centre the tablet joins; may be left out on a server with one centre. */
  centre: z.optional(z.uuid()),
  expiresInHours: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_PAIRING_CODE_HOURS))),
});

export const PairingCodeAnswerSchema = z.object({
  code: z.string(),
  /** `<endpoint>/#pair=<base64url of {"endpoint", "code"}>`, see pairing.ts. */
  link: z.string(),
  /** ISO 8601, UTC. */
  expiresAt: isoTime,
});

export type PairingCodeAnswer = z.output<typeof PairingCodeAnswerSchema>;

/** A device's name follows the visit's deviceId rule: the tablet writes it on its visits. */
export const DeviceNameSchema = z.string().check(z.refine(isDeviceId));

/** `code` may be left out only when the request carries the shared kiosk token instead. */
export const PairRequestSchema = z.object({
  code: z.optional(z.string().check(z.maxLength(64))),
  name: DeviceNameSchema,
});

export type PairRequest = z.output<typeof PairRequestSchema>;

export const PairAnswerSchema = z.object({
  deviceId: z.uuid(),
  /** The tablet's own key; the server keeps only its hash, so it is shown this once. */
  token: z.string(),
  name: z.string(),
  /** The centre's IANA time zone. */
  timeZone: z.string(),
  /** The tablet's centre; older servers (one centre) leave it out. */
  centre: z.optional(PairedCentreSchema),
});

export type PairAnswer = z.output<typeof PairAnswerSchema>;

/** The most a tablet may say waits in its outbox; more is a mistake, not a count. */
export const MAX_WAITING = 10_000_000;

export const DeviceStatusSchema = z.object({
  appVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Visits in the tablet's outbox. */
  waiting: z.number().check(z.int(), z.nonnegative(), z.lte(MAX_WAITING)),
  /** When the oldest of them was recorded; null when none waits. */
  oldestWaitingAt: z.nullable(isoTime),
  /** The tablet's clock as it sent this (ISO 8601). */
  clock: isoTime,
  /** The tablet's name as staff last set it, so a rename reaches the tablets list. */
  name: z.optional(DeviceNameSchema),
});

export type DeviceStatus = z.output<typeof DeviceStatusSchema>;

export const DeviceStatusAnswerSchema = z.object({ ...ServerClockFields });

export const DeviceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  pairedAt: isoTime,
  /** The last request made with its key; null until it makes one. */
  lastSeenAt: z.nullable(isoTime),
  /** Null until its first status report, as are the three after it. */
  appVersion: z.nullable(z.string()),
  waiting: z.nullable(z.number()),
  oldestWaitingAt: z.nullable(isoTime),
  /** The tablet's clock minus the server's at its last report: positive when it is ahead. */
  clockOffsetSeconds: z.nullable(z.number()),
  revokedAt: z.nullable(isoTime),
  /** The tablet's centre; older servers (one centre) leave it out. */
  centreId: z.optional(z.uuid()),
});

export type Device = z.output<typeof DeviceSchema>;

export const DeviceListSchema = z.object({ devices: z.array(DeviceSchema) });

export type DeviceList = z.output<typeof DeviceListSchema>;
