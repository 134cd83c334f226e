// Test support: the real app on a real database (a SQLite file in a temporary folder, or a schema
// of the test PostgreSQL database; see engines.ts), known tokens, a fixed clock, and a small helper
// to make valid visits. Used by the server's tests only.
import type { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod/mini';
import type { Visit, VisitSchema } from '../../shared/visit';
import { createApp, type AppOptions } from '../app';
import { SQLITE, type Engine, type Place } from './engines';
import type { VisitStore } from '../store/VisitStore';
import type { Tokens } from '../auth/tokens';

export const TOKENS: Tokens = {
  kiosk: 'kiosk-token-for-tests-0123456789',
  coordinator: 'coordinator-token-for-tests-0123456789',
};

export const KIOSK = { Authorization: `Bearer ${TOKENS.kiosk}` };
export const COORDINATOR = { Authorization: `Bearer ${TOKENS.coordinator}` };

/** The server's clock in these tests: a Monday noon in Copenhagen (UTC+1). */
export const NOW = new Date('2026-11-23T11:00:00Z');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'velkommen-test-'));
}

/** A folder holding a stand-in for the built app. */
export function fakeDist(dir: string): string {
  const dist = join(dir, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Velkommen</title>');
  return dist;
}

export interface TestApp {
  app: Hono;
  store: VisitStore;
  dir: string;
  dbPath: string;
  /** Where the store keeps its visits, to open it again. */
  place: Place;
  logs: string[];
  /** POSTs a JSON body to /api/v1/visits with the kiosk token. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** GETs with the coordinator token. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** The app on a fresh place of `engine` (SQLite unless given). */
export async function testApp(
  options: Partial<Omit<AppOptions, 'store' | 'tokens'>> = {},
  engine: Engine = SQLITE,
): Promise<TestApp> {
  const dir = tempDir();
  const place = await engine.place(dir);
  const dbPath = place.dbPath;
  const store = await place.open();
  const logs: string[] = [];
  const app = createApp({
    distDir: fakeDist(dir),
    log: (line) => logs.push(line),
    now: () => NOW,
    ...options,
    store,
    tokens: TOKENS,
  });
  return {
    app,
    store,
    dir,
    dbPath,
    place,
    logs,
    post: (body, headers = {}) =>
      Promise.resolve(
        app.request('/api/v1/visits', {
          method: 'POST',
          headers: { ...KIOSK, 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify(body),
        }),
      ),
    get: (path, headers = {}) =>
      Promise.resolve(app.request(path, { headers: { ...COORDINATOR, ...headers } })),
    close: async () => {
      await store.close();
      await place.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A visit as a tablet sends it: kind may be left out. */
export type RawVisit = z.input<typeof VisitSchema>;

/** A valid visit (a woman from Turkey living in Albertslund, at the door tablet), with changes. */
export function visit(changes: Partial<RawVisit> = {}): RawVisit {
  return {
    id: randomUUID(),
    visitedAt: '2026-11-23T09:15:00+01:00',
    country: 'TR',
    municipality: '165',
    ageGroup: 'adult',
    partyId: randomUUID(),
    deviceId: 'door-1',
    voided: false,
    kind: 'visitor',
    ...changes,
  };
}

export async function json<T = unknown>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Every visit the store holds, voided ones too. */
export function allVisits(store: VisitStore): Promise<Visit[]> {
  return store.visitsBetween('2000-01-01', '2999-12-31', { includeVoided: true });
}
