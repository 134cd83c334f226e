// The bearer-token check. A missing or wrong token answers 401; a right token whose role may not
// use the route answers 403. The token itself is never kept or written anywhere.
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../http/responses';
import type { ApiEnv } from '../http/context';
import { roleOf, type Role, type Tokens } from '../auth/tokens';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="velkommen"' };

export function requireRole(tokens: Tokens, allowed: readonly Role[]): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    const presented = header === undefined ? undefined : BEARER.exec(header)?.[1];
    if (presented === undefined) {
      return errorResponse(
        c,
        401,
        'unauthorized',
        'This needs a token: send "Authorization: Bearer <token>" with the kiosk or coordinator token.',
        CHALLENGE,
      );
    }
    const role = roleOf(presented, tokens);
    if (role === null) {
      return errorResponse(
        c,
        401,
        'unauthorized',
        'The token is not right: pair the tablet again, or check the token printed when the server started.',
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
    await next();
  };
}
