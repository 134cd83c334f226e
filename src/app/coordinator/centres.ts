// The coordinator page's calls about centres (API.md, "Centres"): who the token is and which centres
// it sees, adding and changing a centre, and a centre coordinator's tokens. A server from before
// centres answers GET /centres with 404: the page then works as it always did, with one centre it
// does not name. Answers are checked against the API's schemas; failures are ApiProblems.
import { apiJson } from '../http/apiRequest';
import type {
  Centre,
  CentreChange,
  CentreList,
  CentreToken,
  NewCentre,
  NewCentreToken,
} from '../../shared/api/centres';
import {
  CentreListSchema,
  CentreSchema,
  CentreTokenListSchema,
  CentreTokenSchema,
  NewCentreTokenSchema,
} from '../../shared/api/centres';
import {
  centreRoute,
  centreTokenRevokeRoute,
  centreTokensRoute,
  ROUTES,
} from '../../shared/api/routes';
import { ApiProblem, bodyOf } from './api';
import type { Connection } from './credentials';

const NOT_THE_API = 'The answer was not the Velkommen sync API’s.';

/** What the page knows of centres: none (a server from before centres), or the token's own list. */
export type CentreScope = { kind: 'single' } | ({ kind: 'centres' } & CentreList);

function parsed<T>(
  schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } },
  body: unknown,
): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiProblem('bad-response', NOT_THE_API);
  return result.data;
}

/** The token's role and the centres it sees; `single` when the server knows no centres. */
export async function getCentres(
  connection: Connection,
  doFetch?: typeof fetch,
): Promise<CentreScope> {
  const exchange = await apiJson(connection, { route: ROUTES.centres, fetch: doFetch });
  // An older server has no such route: one centre, as before.
  if (exchange.kind === 'refused' && exchange.status === 404) return { kind: 'single' };
  const list = parsed(CentreListSchema, bodyOf(exchange, NOT_THE_API));
  return { kind: 'centres', ...list };
}

export async function createCentre(
  connection: Connection,
  centre: NewCentre,
  doFetch?: typeof fetch,
): Promise<Centre> {
  const exchange = await apiJson(connection, {
    route: ROUTES.centres,
    method: 'POST',
    json: centre,
    fetch: doFetch,
  });
  return parsed(CentreSchema, bodyOf(exchange, NOT_THE_API));
}

/** Renames a centre, or changes its zone or featured defaults; answers the centre as it is now. */
export async function changeCentre(
  connection: Connection,
  id: string,
  change: CentreChange,
  doFetch?: typeof fetch,
): Promise<Centre> {
  const exchange = await apiJson(connection, {
    route: centreRoute(id),
    method: 'PATCH',
    json: change,
    fetch: doFetch,
  });
  return parsed(CentreSchema, bodyOf(exchange, NOT_THE_API));
}

/** A centre's coordinator tokens, withdrawn ones included (never the tokens themselves). */
export async function getCentreTokens(
  connection: Connection,
  centre: string,
  doFetch?: typeof fetch,
): Promise<CentreToken[]> {
  const exchange = await apiJson(connection, { route: centreTokensRoute(centre), fetch: doFetch });
  return parsed(CentreTokenListSchema, bodyOf(exchange, NOT_THE_API)).tokens;
}

/** A new coordinator token for one centre: the answer holds the token, this once only. */
export async function makeCentreToken(
  connection: Connection,
  centre: string,
  label: string,
  doFetch?: typeof fetch,
): Promise<NewCentreToken> {
  const exchange = await apiJson(connection, {
    route: centreTokensRoute(centre),
    method: 'POST',
    json: { label },
    fetch: doFetch,
  });
  return parsed(NewCentreTokenSchema, bodyOf(exchange, NOT_THE_API));
}

/** Withdraws one centre coordinator token; it is refused from then on. */
export async function withdrawCentreToken(
  connection: Connection,
  centre: string,
  tokenId: string,
  doFetch?: typeof fetch,
): Promise<CentreToken> {
  const exchange = await apiJson(connection, {
    route: centreTokenRevokeRoute(centre, tokenId),
    method: 'POST',
    json: {},
    fetch: doFetch,
  });
  return parsed(CentreTokenSchema, bodyOf(exchange, NOT_THE_API));
}
