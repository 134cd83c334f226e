// For the sync loop's tests: a fake endpoint that keeps every POST of visits and answers as the
// test says (a health check it answers itself, telling no clock; a tablet's status report it keeps
// apart and answers as told), a check-in to send, and the loop started with waits of milliseconds,
// so a retry does not hold a test up. The real server, a real network and faults in between are in
// tests/sync.
import { recordCheckIn } from '../../src/app/data/checkins';
import { afterEach, beforeEach } from 'vitest';
import { db } from '../../src/app/data/db';
import { savePairing } from '../../src/app/data/syncSettings';
import type { SyncWakeups } from '../../src/app/sync/handle';
import { createSyncHandle } from '../../src/app/sync/handle';
import { memoryLock } from '../../src/app/sync/lock';
import type { SyncStatusStore } from '../../src/app/sync/status';
import { createSyncStatusStore } from '../../src/app/sync/status';
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

/** A tablet's POST /devices/me/status as the fake endpoint received it. */
export interface StatusReport {
  body: unknown;
  authorization: string | null;
}

export function fakeEndpoint(handler: Handler) {
  const requests: Visit[][] = [];
  const authorizations: (string | null)[] = [];
  const statusReports: StatusReport[] = [];
  let current = handler;
  let statusAnswer: () => Response = () => json({});
  const fetch: typeof globalThis.fetch = async (input, init) => {
    // The loop asks the server's clock now and then; this endpoint's answer tells none.
    if (String(input).endsWith('/api/v1/health')) return json({ status: 'ok', version: 'test' });
    if (String(input).endsWith('/api/v1/devices/me/status')) {
      statusReports.push({
        body: JSON.parse(String(init?.body)),
        authorization: new Headers(init?.headers).get('Authorization'),
      });
      return statusAnswer();
    }
    const body = JSON.parse(String(init?.body)) as { visits: Visit[] };
    requests.push(body.visits);
    authorizations.push(new Headers(init?.headers).get('Authorization'));
    return current(body.visits, requests.length);
  };
  return {
    fetch,
    requests,
    authorizations,
    statusReports,
    answerWith(next: Handler) {
      current = next;
    },
    answerStatusWith(next: () => Response) {
      statusAnswer = next;
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
function startTestSync(
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

/**
 * For a test file of the loop: before each test a fresh database paired with the fake endpoint, a
 * status store and wake-ups of its own; after each, every loop started is stopped.
 */
export function syncLoopsPerTest() {
  let stops: (() => Promise<void>)[] = [];
  const loops = {
    status: createSyncStatusStore(() => () => undefined),
    sync: createSyncHandle(),
    start(fetch: typeof globalThis.fetch, options: Partial<SyncOptions> = {}) {
      const stop = startTestSync(fetch, loops.status, loops.sync, options);
      stops.push(stop);
      return stop;
    },
  };
  beforeEach(async () => {
    await db.delete();
    await db.open();
    await savePairing({ endpoint: 'https://velkommen.example.dk', token: TOKEN });
    loops.status = createSyncStatusStore(() => () => undefined);
    loops.sync = createSyncHandle();
  });
  afterEach(async () => {
    await Promise.all(stops.map((stop) => stop()));
    stops = [];
  });
  return loops;
}
