// The tablet's file of the visits its server has not confirmed yet: staff save it on the tablet, and
// a coordinator loads it into the server from the coordinator page. (Not to be confused with a
// backup of the server's database.) The format's name is the one files in the field already carry.
import { z } from 'zod/mini';
import type { Visit } from '../visit';

export const UNSENT_VISITS_FORMAT = 'velkommen-backup';
export const UNSENT_VISITS_VERSION = 1;

/** The file as written: each visit in the API's record shape, so it can be POSTed as it is. */
export const UnsentVisitsFileSchema = z.object({
  format: z.literal(UNSENT_VISITS_FORMAT),
  version: z.literal(UNSENT_VISITS_VERSION),
  /** The tablet's name when the file was made (each visit keeps the name it was recorded with). */
  deviceId: z.catch(z.string(), ''),
  /** ISO 8601, when the file was made. */
  exportedAt: z.catch(z.string(), ''),
  /** As in the file; the server judges each one when they are loaded. */
  visits: z.array(z.unknown()),
});

export type UnsentVisitsFile = z.output<typeof UnsentVisitsFileSchema>;

/** The file as the tablet writes it: its visits are records it checked when they were made. */
export type WrittenUnsentVisitsFile = Omit<UnsentVisitsFile, 'visits'> & { visits: Visit[] };

export type UnsentVisitsProblem = 'not-json' | 'not-unsent-visits' | 'newer-version';

/** Reads a file's text (a byte order mark allowed); says which problem keeps it from loading. */
export function parseUnsentVisitsFile(
  text: string,
): { ok: true; file: UnsentVisitsFile } | { ok: false; problem: UnsentVisitsProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const parsed = UnsentVisitsFileSchema.safeParse(value);
  if (parsed.success) return { ok: true, file: parsed.data };
  const versioned = z
    .object({
      format: z.literal(UNSENT_VISITS_FORMAT),
      version: z.number(),
      visits: z.array(z.unknown()),
    })
    .safeParse(value);
  return { ok: false, problem: versioned.success ? 'newer-version' : 'not-unsent-visits' };
}
