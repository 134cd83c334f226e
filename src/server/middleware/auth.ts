// The bearer-token check. A missing or wrong token answers 401 (a withdrawn tablet's key with its
// own code, so the tablet can tell staff it must be paired again); a right token whose role may
// not use the route answers 403. The shared tokens are compared in constant time; a device's key
// is found by its hash (see store/devices.ts). No token is kept or written anywhere.
import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from '../http/responses';
import type { ApiEnv } from '../http/context';
import { roleOf, type Role, type Tokens } from '../auth/tokens';
import type { DeviceStore } from '../store/devices';
import type { CentreStore } from '../store/centres';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="velkommen"' };

export interface Keys {
  tokens: Tokens;
  devices: DeviceStore;
  centres: CentreStore;
  now: () => Date;
}

/** The token of an Authorization header, if it has one. */
export function bearerToken(c: Context): string | undefined {
  const header = c.req.header('Authorization');
  return header === undefined ? undefined : BEARER.exec(header)?.[1];
}

export function requireRole(keys: Keys, allowed: readonly Role[]): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const presented = bearerToken(c);
    if (presented === undefined) {
      return errorResponse(
        c,
        401,
        'unauthorized',
        'This needs a token: send "Authorization: Bearer <token>" with the tablet’s key or the coordinator token.',
        CHALLENGE,
      );
    }
    let role = roleOf(presented, keys.tokens);
    const holder = role === null ? await keys.devices.holderOf(presented) : null;
    if (holder?.revoked) {
      return errorResponse(
        c,
        401,
        'token_revoked',
        `This tablet (${holder.name}) was withdrawn by a coordinator; pair it again with a new pairing link. The visits it holds are kept.`,
        CHALLENGE,
      );
    }
    if (holder !== null) role = 'kiosk';
    // A centre coordinator's token is looked up last: the tablets' keys are asked for far more.
    const centreToken = role === null ? await keys.centres.holderOf(presented) : null;
    if (centreToken?.revoked) {
      return errorResponse(
        c,
        401,
        'token_revoked',
        'This centre coordinator token was withdrawn; ask the municipality for a new one.',
        CHALLENGE,
      );
    }
    if (centreToken !== null) role = 'coordinator';
    if (role === null) {
      return errorResponse(
        c,
        401,
        'unauthorized',
        'The token is not right: pair the tablet again, or ask for the coordinator token with "npm run coordinator-token" on the server.',
        CHALLENGE,
      );
    }
    if (!allowed.includes(role)) {
      return errorResponse(
        c,
        403,
        'forbidden',
        `The ${role} token may not do this; use the ${allowed.join(' or ')} token.`,
      );
    }
    c.set('role', role);
    c.set('device', holder === null ? null : { id: holder.id, name: holder.name });
    c.set(
      'holder',
      centreToken !== null
        ? { kind: 'centre', centreId: centreToken.centreId }
        : role === 'coordinator'
          ? { kind: 'municipality' }
          : { kind: 'kiosk', centre: holder?.centre ?? null },
    );
    if (holder !== null) await keys.devices.seen(holder.id, keys.now());
    await next();
  };
}
