// Where the sync API lives and how much one request may carry: the one place the tablet, the
// coordinator page and the server take their paths and limits from.

/** Every route is under this prefix; a breaking change gets a new one. */
export const API_PREFIX = '/api/v1';

/** The routes below API_PREFIX. */
export const ROUTES = {
  health: '/health',
  visits: '/visits',
  report: '/report',
  summary: '/summary',
  pairingCodes: '/pairing-codes',
  pair: '/pair',
  devices: '/devices',
  deviceStatus: '/devices/me/status',
  deviceRevoke: '/devices/:id/revoke',
  centres: '/centres',
  centre: '/centres/:id',
  centreTokens: '/centres/:id/coordinator-tokens',
  centreTokenRevoke: '/centres/:id/coordinator-tokens/:tokenId/revoke',
} as const;

export type ApiRoute = (typeof ROUTES)[keyof typeof ROUTES];

export type DeviceRevokePath = `/devices/${string}/revoke`;

/** The path of POST /devices/{id}/revoke for one device. */
export function deviceRevokeRoute(id: string): DeviceRevokePath {
  // A UUID needs no escaping; anything else is escaped so it stays one path segment.
  return `/devices/${encodeURIComponent(id)}/revoke`;
}

export type CentrePath =
  | `/centres/${string}`
  | `/centres/${string}/coordinator-tokens`
  | `/centres/${string}/coordinator-tokens/${string}/revoke`;

/** The path of PATCH /centres/{id}. */
export function centreRoute(id: string): CentrePath {
  return `/centres/${encodeURIComponent(id)}`;
}

/** The path of GET and POST /centres/{id}/coordinator-tokens. */
export function centreTokensRoute(id: string): CentrePath {
  return `/centres/${encodeURIComponent(id)}/coordinator-tokens`;
}

/** The path of POST /centres/{id}/coordinator-tokens/{tokenId}/revoke. */
export function centreTokenRevokeRoute(id: string, tokenId: string): CentrePath {
  return `/centres/${encodeURIComponent(id)}/coordinator-tokens/${encodeURIComponent(tokenId)}/revoke`;
}

/** The most visits one POST /visits may carry. */
export const MAX_VISITS_PER_REQUEST = 1000;

/** The largest request body the server reads (1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;

export type QueryParams = Readonly<Record<string, string | undefined>>;

/** The server's base address without trailing slashes, as stored and as shown. */
export function trimEndpoint(endpoint: string): string {
  return endpoint.replace(/\/+$/, '');
}

/** `<endpoint>/api/v1<route>?<query>`, leaving out parameters that are undefined. */
export function apiUrl(
  endpoint: string,
  route: ApiRoute | DeviceRevokePath | CentrePath,
  query: QueryParams = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.set(name, value);
  }
  const search = params.toString();
  return `${trimEndpoint(endpoint)}${API_PREFIX}${route}${search ? `?${search}` : ''}`;
}
