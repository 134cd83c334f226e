// The centres of the server: GET /centres (any coordinator token: the municipality sees every
// centre, a centre coordinator its own), and for the municipality role alone POST /centres,
// PATCH /centres/{id} and the centre coordinators' tokens (made, listed, withdrawn).
import type { Context, Hono } from 'hono';
import {
  CentreChangeSchema,
  CentreTokenRequestSchema,
  NewCentreSchema,
  type Centre,
  type CentreList,
  type CentreToken,
  type CentreTokenList,
  type NewCentreToken,
} from '../../shared/api/centres';
import { ROUTES } from '../../shared/api/routes';
import type { ApiEnv } from '../http/context';
import { ApiError } from '../http/responses';
import { parseBody, takeBody } from '../middleware/jsonBody';
import { FIRST_CENTRE_ID } from '../store/centres';
import { centreById } from './centreScope';
import type { RouteContext } from './guards';

function municipalityOnly(c: Context<ApiEnv>): void {
  if (c.get('holder').kind !== 'municipality') {
    throw new ApiError(
      403,
      'forbidden',
      'Only the coordinator token (municipality role) manages centres and their tokens.',
    );
  }
}

const centreExists = (name: string): ApiError =>
  new ApiError(
    409,
    'centre_exists',
    `There is a centre named "${name}" already; choose another name.`,
  );

const CENTRE_BODY =
  '{"name": 1 to 64 printable characters, "timeZone": an IANA zone like "Europe/Copenhagen", "featuredCountries": [country codes], "featuredMunicipalities": [municipality codes]}';

/** The first issue's field, for a 400's sentence. */
function fieldOf(issues: readonly { path: readonly PropertyKey[] }[]): string {
  const field = issues[0]?.path[0];
  return typeof field === 'string' ? `; ${field} is not right` : '';
}

export function centreRoutes(api: Hono<ApiEnv>, { store, now, guards }: RouteContext): void {
  const coordinator = [guards.coordinatorToken, guards.rateLimit] as const;

  api.get(ROUTES.centres, ...coordinator, async (c) => {
    const holder = c.get('holder');
    if (holder.kind === 'centre') {
      const own = await centreById(store, holder.centreId);
      return c.json<CentreList>({ role: 'centre', centres: [own] });
    }
    return c.json<CentreList>({ role: 'municipality', centres: await store.centres.list() });
  });

  api.post(ROUTES.centres, ...coordinator, guards.json, async (c) => {
    municipalityOnly(c);
    const parsed = NewCentreSchema.safeParse(parseBody(takeBody(c)));
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_body',
        `The body must be ${CENTRE_BODY}${fieldOf(parsed.error.issues)}.`,
      );
    }
    const added = await store.centres.add(parsed.data, now());
    if (added === 'exists') throw centreExists(parsed.data.name);
    return c.json<Centre>(added, 201);
  });

  api.patch(ROUTES.centre, ...coordinator, guards.json, async (c) => {
    municipalityOnly(c);
    const centre = await centreById(store, c.req.param('id'));
    const parsed = CentreChangeSchema.safeParse(parseBody(takeBody(c)));
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_body',
        `The body must hold any of ${CENTRE_BODY}${fieldOf(parsed.error.issues)}.`,
      );
    }
    const { timeZone } = parsed.data;
    // The first centre's zone is the server's VELKOMMEN_TZ, set again at every start.
    if (centre.id === FIRST_CENTRE_ID && timeZone !== undefined && timeZone !== centre.timeZone) {
      throw new ApiError(
        400,
        'invalid_body',
        'The first centre’s time zone is the server’s VELKOMMEN_TZ; change it there and restart the server.',
      );
    }
    const changed = await store.centres.change(centre.id, parsed.data);
    if (changed === 'exists') throw centreExists(parsed.data.name ?? centre.name);
    if (changed === null) throw new ApiError(404, 'not_found', 'There is no centre with this id.');
    return c.json<Centre>(changed);
  });

  api.get(ROUTES.centreTokens, ...coordinator, async (c) => {
    municipalityOnly(c);
    const centre = await centreById(store, c.req.param('id'));
    return c.json<CentreTokenList>({ tokens: await store.centres.tokens(centre.id) });
  });

  api.post(ROUTES.centreTokens, ...coordinator, guards.json, async (c) => {
    municipalityOnly(c);
    const centre = await centreById(store, c.req.param('id'));
    const parsed = CentreTokenRequestSchema.safeParse(parseBody(takeBody(c)));
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_body',
        'The body must be {"label": who holds the token, 1 to 80 characters}.',
      );
    }
    const made = await store.centres.addToken(centre.id, parsed.data.label, now());
    return c.json<NewCentreToken>(made, 201);
  });

  api.post(ROUTES.centreTokenRevoke, ...coordinator, async (c) => {
    municipalityOnly(c);
    const centre = await centreById(store, c.req.param('id'));
    const revoked = await store.centres.revokeToken(c.req.param('tokenId'), now(), centre.id);
    if (revoked === null) {
      throw new ApiError(404, 'not_found', 'This centre has no coordinator token with this id.');
    }
    return c.json<CentreToken>(revoked);
  });
}
