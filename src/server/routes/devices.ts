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
import { centreById, manyCentres, readScope, writeScope } from './centreScope';
import type { CentredDevice } from '../store/devices';
import type { VisitStore } from '../store/VisitStore';

/**
 * A tablet as the API shows it: with its centre's id when the server has more than one centre,
 * and exactly as before centres when it has one.
 */
function shown(device: CentredDevice, many: boolean): Device {
  if (many) return device;
  const rest: Device = { ...device };
  delete rest.centreId;
  return rest;
}

/**
 * What the pairing answer tells a tablet of its centre: the centre's zone always, and the centre
 * itself unless the server has one centre with the app's own featured lists (whose answer stays
 * as it was before centres).
 */
async function pairedCentre(
  store: VisitStore,
  centreId: string,
): Promise<Pick<PairAnswer, 'timeZone' | 'centre'>> {
  const centre = await centreById(store, centreId);
  const plain =
    centre.featuredCountries.length === 0 &&
    centre.featuredMunicipalities.length === 0 &&
    !(await manyCentres(store));
  if (plain) return { timeZone: centre.timeZone };
  const { id, name, featuredCountries, featuredMunicipalities } = centre;
  return {
    timeZone: centre.timeZone,
    centre: { id, name, featuredCountries, featuredMunicipalities },
  };
}

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
          `The body must be {} or {"expiresInHours": a whole number from 1 to ${MAX_PAIRING_CODE_HOURS}, "centre": a centre's id}.`,
        );
      }
      const centre = await writeScope(c, store, parsed.data.centre);
      const at = now();
      const hours = parsed.data.expiresInHours ?? DEFAULT_PAIRING_CODE_HOURS;
      const expiresAt = new Date(at.getTime() + hours * HOUR_MS);
      const code = await devices.createPairingCode(at, expiresAt, centre.id);
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
        ...(await pairedCentre(store, paired.device.centreId)),
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
    const holder = c.get('holder');
    const zone = holder.kind === 'kiosk' && holder.centre !== null ? holder.centre : store;
    return c.json(serverClock(zone, now));
  });

  api.get(ROUTES.devices, guards.coordinatorToken, guards.rateLimit, async (c) => {
    const scope = await readScope(c, store, c.req.query('centre'));
    const many = await manyCentres(store);
    const list = await devices.list(scope.centres);
    return c.json<DeviceList>({ devices: list.map((device) => shown(device, many)) });
  });

  // A centre's coordinator withdraws its own tablets only; another centre's is not there for it.
  api.post(ROUTES.deviceRevoke, guards.coordinatorToken, guards.rateLimit, async (c) => {
    const scope = await readScope(c, store, undefined);
    const revoked = await devices.revoke(c.req.param('id'), now(), scope.centres);
    if (revoked === null) {
      return errorResponse(c, 404, 'not_found', 'There is no tablet with this id.');
    }
    return c.json<Device>(shown(revoked, await manyCentres(store)));
  });
}
