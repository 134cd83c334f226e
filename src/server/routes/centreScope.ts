// Which centres a request may see and which centre it writes to, from whose token it carries
// (http/context.ts): the municipality every centre (or the one asked for with centre=<id>), a
// centre coordinator its own only, a kiosk its tablet's centre. A centre token asking for another
// centre is refused alike whether that centre exists or not, so it cannot tell which ids exist.
import type { Context } from 'hono';
import { z } from 'zod/mini';
import type { Centre } from '../../shared/api/centres';
import type { ApiEnv } from '../http/context';
import { ApiError } from '../http/responses';
import { FIRST_CENTRE_ID } from '../store/centres';
import type { VisitStore, WriteCentre } from '../store/VisitStore';

const isUuid = (value: string): boolean => z.uuid().safeParse(value).success;

const noSuchCentre = (): ApiError =>
  new ApiError(404, 'not_found', 'There is no centre with this id; GET /centres lists them.');

const notYourCentre = (): ApiError =>
  new ApiError(
    403,
    'forbidden',
    'A centre coordinator token sees and changes its own centre only; leave centre out or give its own id.',
  );

/** The centre with this id, or a 404. */
export async function centreById(store: VisitStore, id: string): Promise<Centre> {
  const centre = isUuid(id) ? await store.centres.get(id) : null;
  if (centre === null) throw noSuchCentre();
  return centre;
}

/**
 * The centres a read covers: the one asked for (`asked`, from centre=<id>), or all the token may
 * see. `centres` is undefined for every centre; `centre` is set when the read is of one centre.
 */
export async function readScope(
  c: Context<ApiEnv>,
  store: VisitStore,
  asked: string | undefined,
): Promise<{ centres?: string[]; centre: Centre | null }> {
  const holder = c.get('holder');
  if (holder.kind === 'kiosk') {
    const id = holder.centre?.id ?? FIRST_CENTRE_ID;
    return { centres: [id], centre: await centreById(store, id) };
  }
  if (holder.kind === 'centre') {
    if (asked !== undefined && asked !== holder.centreId) throw notYourCentre();
    return { centres: [holder.centreId], centre: await centreById(store, holder.centreId) };
  }
  if (asked === undefined) return { centre: null };
  const centre = await centreById(store, asked);
  return { centres: [centre.id], centre };
}

/**
 * The centre a write goes to: a kiosk's own; a centre coordinator's own (`asked` may only name
 * it); the one the municipality names, or the only one (400 centre_required when there are more).
 */
export async function writeScope(
  c: Context<ApiEnv>,
  store: VisitStore,
  asked: string | undefined,
): Promise<Centre> {
  const holder = c.get('holder');
  if (holder.kind === 'kiosk') return centreById(store, holder.centre?.id ?? FIRST_CENTRE_ID);
  if (holder.kind === 'centre') {
    if (asked !== undefined && asked !== holder.centreId) throw notYourCentre();
    return centreById(store, holder.centreId);
  }
  if (asked !== undefined) return centreById(store, asked);
  const centres = await store.centres.list();
  const [only] = centres;
  if (centres.length !== 1 || only === undefined) {
    throw new ApiError(
      400,
      'centre_required',
      'This server has more than one centre: say which with centre=<id> (GET /centres lists them).',
    );
  }
  return only;
}

/**
 * The centre a kiosk's visits go to without asking the database: a tablet's key carries its
 * centre and zone, and the shared kiosk token is the first centre's, in the server's zone. Null
 * for a coordinator token, whose centre writeScope finds.
 */
export function kioskCentre(c: Context<ApiEnv>, store: VisitStore): WriteCentre | null {
  const holder = c.get('holder');
  if (holder.kind !== 'kiosk') return null;
  return holder.centre ?? { id: FIRST_CENTRE_ID, timeZone: store.timeZone };
}

/** Whether the server has more than one centre: only then do answers name the centre. */
export async function manyCentres(store: VisitStore): Promise<boolean> {
  return (await store.centres.list()).length > 1;
}
