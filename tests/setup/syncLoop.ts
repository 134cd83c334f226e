// For the sync loop's tests: a fake endpoint that keeps every request and answers as the test says,
// a check-in to send, and the loop started with waits of milliseconds, so a retry does not hold a
// test up. The real server, a real network and faults in between are in tests/sync.
import { recordCheckIn } from '../../src/app/data/checkins';
import type { SyncWakeups } from '../../src/app/sync/handle';
import { memoryLock } from '../../src/app/sync/lock';
import type { SyncStatusStore } from '../../src/app/sync/status';
import type { SyncOptions } from '../../src/app/sync/syncLoop';
import { startSync } from '../../src/app/sync/syncLoop';
import type { Visit } from '../../src/shared/visit';
import { syncStateOfEach } from './outbox';

export const TOKEN = 'kiosk-token-0123456789abcdef';

export type Handler = (visits: Visit[], n: number) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export const storeAll: Handler = (visits) =>
  json({ stored: visits.map((v) => v.id), rejected: [] });

export function fakeEndpoint(handler: Handler) {
  const requests: Visit[][] = [];
  const authorizations: (string | null)[] = [];
  let current = handler;
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const body = JSON.parse(String(init?.body)) as { visits: Visit[] };
    requests.push(body.visits);
    authorizations.push(new Headers(init?.headers).get('Authorization'));
    return current(body.visits, requests.length);
  };
  return {
    fetch,
    requests,
    authorizations,
    answerWith(next: Handler) {
      current = next;
    },
  };
}

export function checkIn(children = 0) {
  return recordCheckIn({
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country: 'IQ',
    municipality: '169',
    adult: true,
    children,
    at: new Date('2026-11-23T10:05:00+01:00'),
  });
}

export async function syncStates(): Promise<string[]> {
  return [...(await syncStateOfEach()).values()];
}

/** The loop against `fetch` in a lock of its own, with no window or document to listen to. */
export function startTestSync(
  fetch: typeof globalThis.fetch,
  status: SyncStatusStore,
  wakeups: SyncWakeups,
  options: Partial<SyncOptions> = {},
) {
  return startSync({
    fetch,
    status,
    wakeups,
    lock: memoryLock(),
    window: null,
    document: null,
    timeoutMs: 500,
    backoff: { baseMs: 20, capMs: 80 },
    random: () => 0.5,
    afterCheckInMs: 10,
    lockBusyMs: 20,
    ...options,
  });
}
