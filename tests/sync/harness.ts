// One tablet and one server for a sync scenario: the real server on a real database (a SQLite file in
// a temporary folder, or a schema of the test PostgreSQL database), a fault proxy in front of it, the tablet's real storage (fake IndexedDB) paired with the
// proxy, and the check every scenario ends with: the server holds exactly the tablet's visits, once
// each, voided as on the tablet.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { startServer } from '../../src/server/server';
import type { RunningServer } from '../../src/server/server';
import { localDate } from '../../src/shared/time';
import type { Visit } from '../../src/shared/visit';
import type { LoggedVisit } from '../../src/shared/api/visits';
import { recordCheckIn } from '../../src/app/data/checkins';
import { db } from '../../src/app/data/db';
import { outboxState } from '../../src/app/data/outbox';
import { syncStateOfEach } from '../setup/outbox';
import { savePairing } from '../../src/app/data/syncSettings';
import { memoryLock } from '../../src/app/sync/lock';
import type { ProblemCode } from '../../src/app/sync/client';
import type { SyncLock } from '../../src/app/sync/lock';
import type { SyncHandle } from '../../src/app/sync/handle';
import { createSyncHandle } from '../../src/app/sync/handle';
import { createSyncStatusStore } from '../../src/app/sync/status';
import type { SyncStatusStore } from '../../src/app/sync/status';
import type { SyncOptions } from '../../src/app/sync/syncLoop';
import { startSync } from '../../src/app/sync/syncLoop';
import { startFaultProxy } from './faultProxy';
import { SQLITE, type Engine } from '../../src/server/testing/engines';
import type { FaultProxy } from './faultProxy';

export const TOKENS = {
  kiosk: 'kiosk-token-for-sync-tests-0123456789',
  coordinator: 'coordinator-token-for-sync-tests-0123456789',
};

/** The client's timeout in these tests; the server answers in a few milliseconds. */
export const TIMEOUT_MS = 400;

export interface Tablet {
  status: SyncStatusStore;
  /** Every problem the loop reported, in order, even those a success cleared at once. */
  problems: ProblemCode[];
  stop(): Promise<void>;
}

export interface Harness {
  server: RunningServer;
  proxy: FaultProxy;
  /** Starts a sync loop of the tablet; a lock given is shared as tabs share a Web Lock. */
  startTablet(options?: Partial<SyncOptions> & { lock?: SyncLock }): Tablet;
  /** The nudges after a check-in or a new pairing, heard by every loop started here. */
  sync: SyncHandle;
  /** The server's id for the tablet's own key; null when it holds the shared kiosk token. */
  device: string | null;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** The server's VELKOMMEN_TZ; Europe/Copenhagen unless given. */
  timeZone?: string;
  /** The server's clock; the machine's unless given. */
  now?: () => Date;
  /**
   * Pair the tablet with a key of its own, by a one-time code as a pairing link does, instead of
   * the shared kiosk token.
   */
  ownKey?: boolean;
  /** The server's storage engine; SQLite unless given. */
  engine?: Engine;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'velkommen-sync-'));
  const distDir = join(dir, 'dist');
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Velkommen</title>');
  const place = await (options.engine ?? SQLITE).place(dir);
  const server = await startServer({
    port: 0,
    hostname: '127.0.0.1',
    distDir,
    dbPath: place.dbPath,
    ...(place.databaseUrl === undefined ? {} : { databaseUrl: place.databaseUrl }),
    tokens: TOKENS,
    log: false,
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const proxy = await startFaultProxy(server.url);

  await db.delete();
  await db.open();
  const own = options.ownKey ? await pairOwnKey(server) : null;
  await savePairing(
    own === null
      ? { endpoint: proxy.url, token: TOKENS.kiosk }
      : { endpoint: proxy.url, token: own.token, device: own.deviceId },
  );

  const tablets: Tablet[] = [];
  const sync = createSyncHandle();
  return {
    server,
    proxy,
    sync,
    device: own?.deviceId ?? null,
    startTablet(options = {}) {
      const status = createSyncStatusStore();
      const stop = startSync({
        status,
        wakeups: sync,
        lock: memoryLock(),
        window: null,
        document: null,
        pairFromAddressBar: false,
        timeoutMs: TIMEOUT_MS,
        backoff: { baseMs: 20, capMs: 100 },
        afterCheckInMs: 10,
        pendingEveryMs: 200,
        lockBusyMs: 20,
        ...options,
      });
      const problems: ProblemCode[] = [];
      let last: unknown = null;
      const unsubscribe = status.subscribe(({ lastError }) => {
        if (lastError !== null && lastError !== last) problems.push(lastError.code);
        last = lastError;
      });
      const tablet: Tablet = {
        status,
        problems,
        stop: async () => {
          await stop();
          unsubscribe();
        },
      };
      tablets.push(tablet);
      return tablet;
    },
    async close() {
      await Promise.all(tablets.map((tablet) => tablet.stop()));
      await proxy.close();
      await server.close();
      await place.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A one-time code from the coordinator, exchanged for a key as a tablet does. */
async function pairOwnKey(server: RunningServer): Promise<{ deviceId: string; token: string }> {
  const made = await fetch(`${server.url}/api/v1/pairing-codes`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKENS.coordinator}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(made.status).toBe(201);
  const { code } = (await made.json()) as { code: string };
  const paired = await fetch(`${server.url}/api/v1/pair`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, name: 'door-1' }),
  });
  expect(paired.status).toBe(201);
  return (await paired.json()) as { deviceId: string; token: string };
}

/** A check-in an hour ago (the server refuses visits from the future). */
export function checkIn(children = 0, country: string | null = 'SO'): Promise<Visit[]> {
  return recordCheckIn({
    partyId: crypto.randomUUID(),
    kind: 'visitor',
    country,
    municipality: '101',
    adult: true,
    children,
    at: new Date(Date.now() - 60 * 60_000),
  });
}

export { syncStateCounts as syncStates } from '../setup/outbox';

/** Waits until the tablet has nothing pending. */
export async function allDelivered(timeout = 5_000): Promise<void> {
  await expect.poll(async () => (await outboxState()).pending, { timeout }).toBe(0);
}

/** Every visit the server holds, voided ones too, read with the coordinator token. */
export async function serverVisits(server: RunningServer): Promise<LoggedVisit[]> {
  const day = 24 * 60 * 60_000;
  const from = localDate(new Date(Date.now() - 30 * day));
  const to = localDate(new Date(Date.now() + 2 * day));
  const response = await fetch(
    `${server.url}/api/v1/visits?from=${from}&to=${to}&includeVoided=true`,
    { headers: { Authorization: `Bearer ${TOKENS.coordinator}` } },
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as { visits: LoggedVisit[] };
  return body.visits;
}

/**
 * The end of every scenario: nothing pending on the tablet, and the server holds exactly the
 * tablet's visits that were not quarantined, once each, with the tablet's voided flag.
 */
export async function expectServerHoldsTablet(server: RunningServer): Promise<void> {
  const tablet = await db.visits.toArray();
  const states = await syncStateOfEach();
  expect(tablet.filter((v) => states.get(v.id) === 'pending')).toEqual([]);
  const expected = tablet
    .filter((v) => states.get(v.id) === 'synced')
    .map((v) => ({ id: v.id, voided: v.voided }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const held = (await serverVisits(server))
    .map((v) => ({ id: v.id, voided: v.voided }))
    .sort((a, b) => a.id.localeCompare(b.id));
  expect(held).toEqual(expected);
  expect(new Set(held.map((v) => v.id)).size).toBe(held.length);
}

/** How many POSTs carried each id. */
export function timesSent(posts: readonly { ids: string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of posts) for (const id of post.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
