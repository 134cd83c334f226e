// The coordinator page's calls about the tablets (API.md, "Devices and pairing"): the list of every
// tablet with how it was when last heard from, a one-time pairing link for a new one, and
// withdrawing one. Answers are checked against the API's schemas; failures are ApiProblems.
import { apiJson } from '../http/apiRequest';
import type { Device, PairingCodeAnswer } from '../../shared/api/devices';
import { DeviceListSchema, DeviceSchema, PairingCodeAnswerSchema } from '../../shared/api/devices';
import { deviceRevokeRoute, ROUTES } from '../../shared/api/routes';
import { ApiProblem, bodyOf, centreParam } from './api';
import type { Connection } from './credentials';

const NOT_THE_API = 'The answer was not the Velkommen sync API’s.';

/** Every tablet paired with a key of its own (of one centre, or every one), withdrawn ones too. */
export async function getDevices(
  connection: Connection,
  centre: string | null = null,
  doFetch?: typeof fetch,
): Promise<Device[]> {
  const exchange = await apiJson(connection, {
    route: ROUTES.devices,
    query: { centre: centreParam(centre) },
    fetch: doFetch,
  });
  const parsed = DeviceListSchema.safeParse(bodyOf(exchange, NOT_THE_API));
  if (!parsed.success) throw new ApiProblem('bad-response', NOT_THE_API);
  return parsed.data.devices;
}

/**
 * A one-time pairing code for one new tablet of `centre` (left out on a one-centre server or for a
 * centre's own token), with its link and when it expires.
 */
export async function makePairingCode(
  connection: Connection,
  centre: string | null = null,
  doFetch?: typeof fetch,
): Promise<PairingCodeAnswer> {
  const exchange = await apiJson(connection, {
    route: ROUTES.pairingCodes,
    json: centre === null ? {} : { centre },
    fetch: doFetch,
  });
  const parsed = PairingCodeAnswerSchema.safeParse(bodyOf(exchange, NOT_THE_API));
  if (!parsed.success) throw new ApiProblem('bad-response', NOT_THE_API);
  return parsed.data;
}

/** Withdraws one tablet's key; the others are untouched. Answers the device as it is now. */
export async function revokeDevice(
  connection: Connection,
  id: string,
  doFetch?: typeof fetch,
): Promise<Device> {
  const exchange = await apiJson(connection, {
    route: deviceRevokeRoute(id),
    method: 'POST',
    json: {},
    fetch: doFetch,
  });
  const parsed = DeviceSchema.safeParse(bodyOf(exchange, NOT_THE_API));
  if (!parsed.success) throw new ApiProblem('bad-response', NOT_THE_API);
  return parsed.data;
}
