// The visit record of the sync API, checked the same way on the tablet and on the server. Every
// message names its field and says what would be right, because the server sends it back as the
// reason a visit was rejected and someone has to act on it.
import { z } from 'zod/mini';
import { isCountryCode } from './countries';
import { isMunicipalityCode } from './municipalities';
import { isQuarterHourStamp, offsetName, stampOffset, zoneOffsetsAt } from './time';
import { AGE_GROUPS, isDeviceId, VISIT_KINDS } from './visitFields';

export type { AgeGroup, VisitField, VisitKind } from './visitFields';
export { isDeviceId } from './visitFields';

const EARLIEST_DATE = '2000-01-01';
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

// Says "is missing" when the field is absent, else what the field must be.
function fieldError(field: string, mustBe: string): (issue: { input?: unknown }) => string {
  return (issue) =>
    issue.input === undefined
      ? `${field} is missing; it must be ${mustBe}.`
      : `${field} must be ${mustBe}.`;
}

// A UUID is read in any case and kept in lower case, the canonical form (RFC 9562), so that a
// copy of a visit written in capitals is the same visit and not a second one.
const uuid = (field: string) =>
  z.uuid({ error: fieldError(field, 'a UUID') }).check(z.toLowerCase());

const mustBe = {
  visitedAt:
    'the local time with its UTC offset at a quarter hour (minutes 00, 15, 30 or 45, seconds 00), like 2026-11-23T09:15:00+01:00',
  country: 'an assigned ISO 3166-1 alpha-2 code in capitals (like "DK"), or null when not said',
  municipality: 'a Danish municipality code of three digits (like "101"), or null when not said',
  ageGroup: '"adult" or "child"',
  deviceId:
    "the tablet's name, 1 to 64 letters, digits, punctuation marks or plain spaces, not only spaces, with no control, direction, zero-width or other invisible characters",
  voided: 'true or false',
  kind: '"visitor" or "volunteer"',
} as const;

export const VisitSchema = z
  .object(
    {
      id: uuid('id'),
      visitedAt: z.string({ error: fieldError('visitedAt', mustBe.visitedAt) }).check(
        z.refine(isQuarterHourStamp, {
          error: `visitedAt must be ${mustBe.visitedAt}.`,
          abort: true,
        }),
        // The stamp starts with its own local date, and ISO dates compare as strings.
        z.refine((value) => value.slice(0, 10) >= EARLIEST_DATE, {
          error: `visitedAt must not be before ${EARLIEST_DATE}.`,
          abort: true,
        }),
      ),
      country: z.nullable(
        z
          .string({ error: fieldError('country', mustBe.country) })
          .check(
            z.refine(isCountryCode, { error: `country must be ${mustBe.country}.`, abort: true }),
          ),
      ),
      municipality: z.nullable(
        z.string({ error: fieldError('municipality', mustBe.municipality) }).check(
          z.refine(isMunicipalityCode, {
            error: `municipality must be ${mustBe.municipality}.`,
            abort: true,
          }),
        ),
      ),
      ageGroup: z.enum(AGE_GROUPS, { error: fieldError('ageGroup', mustBe.ageGroup) }),
      partyId: uuid('partyId'),
      deviceId: z
        .string({ error: fieldError('deviceId', mustBe.deviceId) })
        .check(
          z.refine(isDeviceId, { error: `deviceId must be ${mustBe.deviceId}.`, abort: true }),
        ),
      voided: z.boolean({ error: fieldError('voided', mustBe.voided) }),
      kind: z._default(
        z.enum(VISIT_KINDS, { error: `kind must be ${mustBe.kind}, or left out.` }),
        'visitor',
      ),
    },
    { error: 'A visit must be a JSON object.' },
  )
  .check(
    // Runs only once every field is right (the field checks abort), so a wrong field is named once.
    // A volunteer's day is counted apart from the visitors and carries nothing about her.
    z.superRefine((visit, ctx) => {
      if (visit.kind !== 'volunteer') return;
      if (visit.country !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['country'],
          input: visit.country,
          message: 'country must be null for a volunteer (kind "volunteer").',
        });
      }
      if (visit.municipality !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['municipality'],
          input: visit.municipality,
          message: 'municipality must be null for a volunteer (kind "volunteer").',
        });
      }
      if (visit.ageGroup !== 'adult') {
        ctx.addIssue({
          code: 'custom',
          path: ['ageGroup'],
          input: visit.ageGroup,
          message: 'ageGroup must be "adult" for a volunteer (kind "volunteer").',
        });
      }
    }),
  );

export type Visit = z.output<typeof VisitSchema>;

export type VisitParse = { ok: true; visit: Visit } | { ok: false; reason: string };

/**
 * Checks one visit; on failure `reason` names each field that is wrong, in record order. The
 * server passes the schema compiled by zod (z.compile: a generated fast path for a valid visit,
 * the schema itself for anything else), which judges the same but is not for the tablet's bundle.
 */
export function parseVisit(input: unknown, schema: typeof VisitSchema = VisitSchema): VisitParse {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, visit: result.data };
  const messages = [...new Set(result.error.issues.map((issue) => issue.message))];
  return { ok: false, reason: messages.join(' ') };
}

/**
 * The server's clock check, kept apart from the schema because it needs a clock: a sentence when
 * visitedAt lies more than one day after `now` (a tablet whose clock runs wild), else null. Given
 * the centre's zone, the stamp must also be a local time of that zone (visitZoneProblem).
 */
export function visitTimeProblem(visitedAt: string, now: Date, timeZone?: string): string | null {
  const at = Date.parse(visitedAt);
  if (!isQuarterHourStamp(visitedAt) || Number.isNaN(at)) {
    return `visitedAt must be ${mustBe.visitedAt}.`;
  }
  if (timeZone !== undefined) {
    const problem = visitZoneProblem(visitedAt, timeZone);
    if (problem !== null) return problem;
  }
  if (at - now.getTime() > ONE_DAY_MS) {
    return `visitedAt ${visitedAt} is more than one day after the server's clock (${now.toISOString()}); check the tablet's date and time.`;
  }
  return null;
}

/**
 * A sentence when a quarter-hour stamp is not the centre's local time with the offset the centre's
 * clocks had then: a wrong offset (+01:07, -12:00, +01:00 in summer in Copenhagen) or a local time
 * the clocks skipped when summer time began; else null. The zone is a parameter because the schema
 * is shared: the server judges in its own zone (VELKOMMEN_TZ), and a tablet stamps in the zone the
 * server gave it, whose stamps always pass.
 */
export function visitZoneProblem(visitedAt: string, timeZone: string): string | null {
  const offsets = zoneOffsetsAt(visitedAt, timeZone);
  const local = `${visitedAt.slice(0, 10)} ${visitedAt.slice(11, 16)}`;
  if (offsets.length === 0) {
    return `visitedAt ${visitedAt} is a time that did not exist in ${timeZone}: the clocks skipped ${local} when summer time began.`;
  }
  if (offsets.includes(stampOffset(visitedAt))) return null;
  const expected = offsets.map(offsetName).join(' or ');
  return `visitedAt ${visitedAt} has the wrong UTC offset: at ${local} the centre's zone ${timeZone} was at ${expected}.`;
}
