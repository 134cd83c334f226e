// A key of the tablet's own, from POST /api/v1/pair: for a one-time pairing code (from the
// coordinator page's link or QR code), or, for a tablet paired before tablets had keys, for the
// centre's shared kiosk token it holds. The answer brings the key, the server's id for it and the
// centre's time zone; the key is stored as the tablet's token, the zone adopted as any answer's is,
// and the visits waiting on the tablet go out with the new key. A code works once: one that was
// used, has expired or is unknown cannot be tried again, and only a new link from the coordinator
// helps. It never throws: every ending is an outcome staff are told of in their own words.
import { PairAnswerSchema } from '../../shared/api/devices';
import type { PairRequest } from '../../shared/api/devices';
import { ROUTES } from '../../shared/api/routes';
import { getDeviceId } from '../data/device';
import type { SyncPairing } from '../data/syncSettings';
import { adoptCentreTimeZone, savePairing } from '../data/syncSettings';
import { savePairedCentre } from '../data/syncSettingsCentre';
import { apiJson } from '../http/apiRequest';
import { defaultEndpoint } from './pairing';

/** Why no key was had, for the staff view to put into words. */
export type KeyProblem =
  /** The code was used already, has expired or is unknown: a new link is needed. */
  | 'invalid-code'
  /** The server could not be reached, or did not answer in time; the code may still work. */
  | 'network'
  /** Too many tries from this address: wait a minute. */
  | 'rate-limited'
  /** No address to ask: the link has none and the app was not loaded from a server. */
  | 'no-endpoint'
  /** The server refused for another reason (its sentence is in the message). */
  | 'refused'
  /** The answer was not the API's. */
  | 'bad-response'
  /** The key came but the tablet could not keep it. */
  | 'storage';

export type KeyOutcome =
  | { ok: true; pairing: SyncPairing; timeZone: string }
  | { ok: false; problem: KeyProblem; message: string };

export interface KeyOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** The endpoint when the link names none: the app's own origin in the browser. */
  defaultEndpoint?: () => string | null;
}

const PAIR_TIMEOUT_MS = 20_000;

function failed(problem: KeyProblem, message: string): KeyOutcome {
  return { ok: false, problem, message };
}

/**
 * Exchanges the one-time `code` for the tablet's own key at `endpoint` (the app's own origin when
 * null), and stores it. The tablet's name goes with it, so the coordinator sees the tablet by name.
 */
export function pairWithCode(
  link: { endpoint: string | null; code: string },
  options: KeyOptions = {},
): Promise<KeyOutcome> {
  return requestKey(link.endpoint, null, link.code, options);
}

/**
 * Asks the server for a key of the tablet's own with the centre's shared kiosk token the tablet is
 * paired with (`endpoint` as stored: null for the app's own origin), and stores it in its place.
 */
export function ownKeyForSharedToken(
  pairing: { endpoint: string | null; token: string },
  options: KeyOptions = {},
): Promise<KeyOutcome> {
  return requestKey(pairing.endpoint, pairing.token, undefined, options);
}

async function requestKey(
  stored: string | null,
  token: string | null,
  code: string | undefined,
  options: KeyOptions,
): Promise<KeyOutcome> {
  const endpoint = stored ?? (options.defaultEndpoint ?? defaultEndpoint)();
  if (endpoint === null) {
    return failed(
      'no-endpoint',
      'The pairing link names no server, and this app has none of its own.',
    );
  }
  let name: string;
  try {
    name = await getDeviceId();
  } catch (error) {
    return failed('storage', `The tablet could not read its name: ${String(error)}`);
  }
  const body: PairRequest = code === undefined ? { name } : { code, name };
  const exchange = await apiJson(
    { endpoint, token },
    {
      route: ROUTES.pair,
      json: body,
      timeoutMs: options.timeoutMs ?? PAIR_TIMEOUT_MS,
      signal: options.signal,
      fetch: options.fetch,
    },
  );
  switch (exchange.kind) {
    case 'ok': {
      const answer = PairAnswerSchema.safeParse(exchange.body);
      if (!answer.success) {
        return failed('bad-response', 'The server answered, but not as the Velkommen API does.');
      }
      const { token: key, deviceId, timeZone, centre } = answer.data;
      let pairing: SyncPairing;
      try {
        // The address is kept as it was given: null still means the app's own origin.
        pairing = await savePairing({ endpoint: stored, token: key, device: deviceId });
      } catch (error) {
        return failed(
          'storage',
          `The tablet could not keep its new key: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      // A zone this browser does not know is left for a later answer; the key is what matters.
      await adoptCentreTimeZone(timeZone).catch(() => undefined);
      // The centre's name and first tiles are a convenience: the key is paired without them.
      if (centre) await savePairedCentre(centre).catch(() => undefined);
      return { ok: true, pairing, timeZone };
    }
    case 'unreadable':
      return failed('bad-response', 'The server answered, but not as the Velkommen API does.');
    case 'refused': {
      const said = exchange.sentence === null ? '' : ` It said: ${exchange.sentence}`;
      if (exchange.code === 'invalid_pairing_code') {
        return failed(
          'invalid-code',
          `This pairing link was used already, has expired or is unknown; ask the coordinator for a new pairing link.${said}`,
        );
      }
      if (exchange.status === 429) {
        return failed(
          'rate-limited',
          `Too many pairing tries; wait a minute and try again.${said}`,
        );
      }
      return failed('refused', `The server refused the pairing (${exchange.status}).${said}`);
    }
    case 'network':
    case 'timeout':
      return failed(
        'network',
        'The tablet could not reach the server to pair. Connect it to the network and try again.',
      );
    case 'stopped':
      return failed('network', 'The pairing was stopped.');
  }
}
