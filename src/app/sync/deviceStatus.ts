// The tablet's word to its server about itself (POST /api/v1/devices/me/status): its app version,
// how many visits wait in its outbox and since when, and its clock, so the coordinator page can show
// a tablet that has gone quiet with visits on it, or whose clock is wrong. Sent after every sync
// pass that could reach the server, which the loop makes at least every 15 minutes, and only with a
// key of the tablet's own: the centre's shared token is no one tablet's. The answer, like every
// answer, tells the server's clock and the centre's zone.
import type { DeviceStatus } from '../../shared/api/devices';
import { DeviceStatusAnswerSchema } from '../../shared/api/devices';
import { ROUTES } from '../../shared/api/routes';
import type { OutboxWaiting } from '../data/outbox';
import type { ApiConnection } from '../http/apiRequest';
import { apiJson } from '../http/apiRequest';
import type { ServerNews } from './clock';
import { serverNews } from './clock';
import type { DeliveryEnd } from './delivery';

export type StatusOutcome =
  | { kind: 'answered'; news: ServerNews }
  /** 401 token_revoked: the key was withdrawn. */
  | { kind: 'revoked' }
  /** Anything else: nothing follows from it, and the next pass reports again. */
  | { kind: 'not-heard' };

/**
 * Whether a pass that ended so is followed by a status report: after it delivered (or had nothing
 * to deliver), and after the server answered but would not take the visits, which is when the
 * coordinator most needs to hear of them. Not while the server cannot be reached or asks the tablet
 * to wait, nor while the tablet is unpaired, withdrawn or its token refused.
 */
export function reportsAfter(end: DeliveryEnd): boolean {
  switch (end.kind) {
    case 'done':
      return true;
    case 'failed':
      return !['network', 'timeout', 'rate-limited', 'storage'].includes(end.code);
    case 'not-paired':
    case 'revoked':
    case 'paused':
    case 'stopped':
      return false;
  }
}

/** The body of one report: what waits, by the tablet's own clock `tabletNow`, and its name. */
export function statusReport(
  outbox: OutboxWaiting,
  appVersion: string,
  tabletNow: number,
  name?: string,
): DeviceStatus {
  return {
    ...(name === undefined ? {} : { name }),
    // The API's limit; a build name longer than that is cut rather than refused.
    appVersion: (appVersion || 'unknown').slice(0, 64),
    waiting: outbox.waiting,
    oldestWaitingAt: outbox.oldestWaitingAt,
    clock: new Date(tabletNow).toISOString(),
  };
}

export interface StatusRequest {
  timeoutMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Sends one report with the tablet's key; never throws. */
export async function sendStatus(
  connection: ApiConnection,
  report: DeviceStatus,
  request: StatusRequest = {},
): Promise<StatusOutcome> {
  const exchange = await apiJson(connection, {
    route: ROUTES.deviceStatus,
    json: report,
    ...request,
  });
  if (exchange.kind === 'refused' && exchange.status === 401 && exchange.code === 'token_revoked') {
    return { kind: 'revoked' };
  }
  if (exchange.kind !== 'ok') return { kind: 'not-heard' };
  const answer = DeviceStatusAnswerSchema.safeParse(exchange.body);
  return answer.success
    ? { kind: 'answered', news: serverNews(answer.data, exchange.timing) }
    : { kind: 'not-heard' };
}
