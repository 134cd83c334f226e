// Devices and pairing: a coordinator makes a one-time pairing code (POST /pairing-codes), a tablet
// exchanges it for a key of its own (POST /pair), reports how it is doing with that key
// (POST /devices/me/status), and a coordinator lists the tablets (GET /devices) and withdraws one
// (POST /devices/{id}/revoke).
import type { Context, Hono } from 'hono';
import {
  DEFAULT_PAIRING_CODE_HOURS,
  DeviceStatusSchema,
  normalisePairingCode,
  PairingCodeRequestSchema,
  PairRequestSchema,
  MAX_PAIRING_CODE_HOURS,
  type Device,
  type DeviceList,
  type PairAnswer,
  type PairingCodeAnswer,
} from '../../shared/api/devices';
import { pairingCodeLink } from '../../shared/api/pairing';
import { ROUTES } from '../../shared/api/routes';
import { roleOf } from '../auth/tokens';
import { ApiError, errorResponse, serverClock } from '../http/responses';
import type { ApiEnv } from '../http/context';
import { bearerToken } from '../middleware/auth';
import { parseBody, takeBody } from '../middleware/jsonBody';
import type { RouteContext } from './guards';

const HOUR_MS = 3_600_000;

/** Where a pairing link sends a tablet: the public address if set, else the one asked at. */
function endpointFor(c: Context, publicUrl: string | undefined): string {
  return publicUrl ?? new URL(c.req.url).origin;
}

export function deviceRoutes(api: Hono<ApiEnv>, context: RouteContext): void {
  const { store, now, guards, keys, publicUrl } = context;
  const devices = store.devices;

  api.post(
    ROUTES.pairingCodes,
    guards.coordinatorToken,
    guards.rateLimit,
    guards.json,
    async (c) => {
      const parsed = PairingCodeRequestSchema.safeParse(parseBody(takeBody(c)));
      if (!parsed.success) {
        throw new ApiError(
          400,
          'invalid_body',
          `The body must be {} or {"expiresInHours": a whole number from 1 to ${MAX_PAIRING_CODE_HOURS}}.`,
        );
      }
      const at = now();
      const hours = parsed.data.expiresInHours ?? DEFAULT_PAIRING_CODE_HOURS;
      const expiresAt = new Date(at.getTime() + hours * HOUR_MS);
      const code = await devices.createPairingCode(at, expiresAt);
      return c.json<PairingCodeAnswer>(
        {
          code,
          link: pairingCodeLink(endpointFor(c, publicUrl), code),
          expiresAt: expiresAt.toISOString(),
        },
        201,
      );
    },
  );

  // No token needed: the code is the proof. A tablet paired before devices had keys may instead
  // send the shared kiosk token, and so get a key of its own without a new pairing link.
  api.post(ROUTES.pair, guards.pairingRateLimit, guards.json, async (c) => {
    const parsed = PairRequestSchema.safeParse(parseBody(takeBody(c)));
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_body',
        'The body must be {"code": the pairing code, "name": the tablet’s name, 1 to 64 printable characters}.',
      );
    }
    const { code, name } = parsed.data;
    const at = now();
    let paired;
    if (code !== undefined) {
      paired = await devices.pairWithCode(normalisePairingCode(code), name, at);
    } else {
      const presented = bearerToken(c);
      if (presented !== undefined && roleOf(presented, keys.tokens) === 'kiosk') {
        paired = await devices.pair(name, at);
      } else {
        paired = null;
      }
    }
    if (paired === null) {
      return errorResponse(
        c,
        401,
        'invalid_pairing_code',
        'This pairing code does not work: it was used already, it expired, or it was mistyped. Ask a coordinator for a new pairing link.',
      );
    }
    return c.json<PairAnswer>(
      {
        deviceId: paired.device.id,
        token: paired.token,
        name: paired.device.name,
        timeZone: store.timeZone,
      },
      201,
    );
  });

  api.post(ROUTES.deviceStatus, guards.anyToken, guards.rateLimit, guards.json, async (c) => {
    const device = c.get('device');
    if (device === null) {
      return errorResponse(
        c,
        403,
        'forbidden',
        'Only a tablet with a key of its own reports its status; pair it with a new pairing link.',
      );
    }
    const parsed = DeviceStatusSchema.safeParse(parseBody(takeBody(c)));
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0];
      throw new ApiError(
        400,
        'invalid_body',
        `The body must be {"appVersion", "waiting", "oldestWaitingAt" (or null), "clock"}${
          typeof field === 'string' ? `; ${field} is not right` : ''
        }.`,
      );
    }
    await devices.report(device.id, parsed.data, now());
    return c.json(serverClock(store, now));
  });

  api.get(ROUTES.devices, guards.coordinatorToken, guards.rateLimit, async (c) =>
    c.json<DeviceList>({ devices: await devices.list() }),
  );

  api.post(ROUTES.deviceRevoke, guards.coordinatorToken, guards.rateLimit, async (c) => {
    const revoked = await devices.revoke(c.req.param('id'), now());
    if (revoked === null) {
      return errorResponse(c, 404, 'not_found', 'There is no tablet with this id.');
    }
    return c.json<Device>(revoked);
  });
}
