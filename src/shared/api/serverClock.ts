// What a server says about its clock and its zone with its answers (health, a batch, a day's
// summary), so that a tablet reckons local dates in the centre's zone and notices a clock that is
// wrong. Both are optional: older servers send neither, and a value that cannot be read is dropped
// rather than failing the answer it came with, since the answer itself is still good.
import { z } from 'zod/mini';
import { isTimeZone } from '../time';

export const ServerClockFields = {
  /** The server's clock as it answered (ISO 8601, UTC). */
  serverTime: z.catch(z.optional(z.iso.datetime({ offset: true })), undefined),
  /** The centre's IANA time zone (the server's VELKOMMEN_TZ). */
  timeZone: z.catch(z.optional(z.string().check(z.refine(isTimeZone))), undefined),
};

export interface ServerClock {
  serverTime?: string | undefined;
  timeZone?: string | undefined;
}
