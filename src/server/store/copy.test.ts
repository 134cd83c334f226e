// Moving a centre between the engines: a SQLite database copied into PostgreSQL and back holds the
// same visits, tablets and codes and answers the same; a second copy adds nothing.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/visit';
import { freshSchema, POSTGRES } from '../testing/engines';
import { runScript } from '../testing/processes';
import { tempDir, visit } from '../testing/testApp';
import { copyDatabase, openSide } from './copy';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { VisitStore } from './VisitStore';

const ZONE = 'Europe/Copenhagen';
const NOW = new Date('2026-11-23T11:00:00Z');

/** What a coordinator and staff see of a store. */
async function seen(store: VisitStore) {
  return {
    log: await store.visitLogBetween('2000-01-01', '2999-12-31', { includeVoided: true }),
    summary: await store.summaryOn('2026-11-23'),
    report: await store.countsBetween('2026-01-01', '2026-12-31', 'countries'),
    devices: await store.devices.list(),
  };
}

describe.skipIf(!POSTGRES.available)('copying a database between SQLite and PostgreSQL', () => {
  let dir: string;
  let url: string;
  let drop: () => Promise<void>;
  beforeEach(async () => {
    dir = tempDir();
    ({ url, drop } = await freshSchema());
  });
  afterEach(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies everything into PostgreSQL and back, the same, and a second time adds nothing', async () => {
    const sqlitePath = join(dir, 'velkommen.db');
    const original = openSqliteStore(sqlitePath, { timeZone: ZONE });
    const visits: Visit[] = Array.from({ length: 30 }, (_, i) => ({
      kind: 'visitor',
      ...visit({ country: i % 3 === 0 ? null : 'SY', ageGroup: i % 2 ? 'child' : 'adult' }),
    }));
    await original.putBatches([{ visits, receivedAt: NOW, device: crypto.randomUUID() }]);
    await original.putVisits([{ ...visits[0], voided: true } as Visit], NOW);
    const { token } = await original.devices.pair('door-1', NOW);
    await original.devices.createPairingCode(NOW, new Date(NOW.getTime() + 3_600_000));
    const before = await seen(original);
    await original.close();

    const copy = async (from: string, to: string) => {
      const source = await openSide(from, ZONE, 'source', existsSync);
      const target = await openSide(to, ZONE, 'target', existsSync);
      try {
        return await copyDatabase(source, target);
      } finally {
        await source.close();
        await target.close();
      }
    };
    const first = await copy(sqlitePath, url);
    expect(first.map((r) => [r.table, r.source, r.target, r.added])).toEqual([
      ['visits', 30, 30, 30],
      ['devices', 1, 1, 1],
      ['pairing_codes', 1, 1, 1],
      ['centres', 0, 0, 0],
      ['centre_tokens', 0, 0, 0],
      ['settings', 1, 1, 0],
    ]);
    expect(first.flatMap((r) => [...r.missing, ...r.differing])).toEqual([]);
    const again = await copy(sqlitePath, url);
    expect(again.map((r) => r.added)).toEqual([0, 0, 0, 0, 0, 0]);

    const onPostgres = await openPostgresStore(url, { timeZone: ZONE });
    try {
      expect(await seen(onPostgres)).toEqual(before);
      // A tablet's key works on the new engine: only its hash was copied, as kept.
      expect(await onPostgres.devices.holderOf(token)).toMatchObject({ name: 'door-1' });
    } finally {
      await onPostgres.close();
    }

    const back = join(dir, 'back', 'velkommen.db');
    const returned = await copy(url, back);
    expect(returned.map((r) => r.added)).toEqual([30, 1, 1, 0, 0, 0]);
    const onSqlite = openSqliteStore(back, { timeZone: ZONE });
    try {
      expect(await seen(onSqlite)).toEqual(before);
    } finally {
      await onSqlite.close();
    }
  });

  it('as a command, prints the counts on both sides, and refuses a SQLite source that is not there', async () => {
    const sqlitePath = join(dir, 'velkommen.db');
    const store = openSqliteStore(sqlitePath, { timeZone: ZONE });
    await store.putVisits([{ kind: 'visitor', ...visit() }], NOW);
    await store.close();
    const run = runScript('src/server/copyDatabase.ts', {}, ['--from', sqlitePath, '--to', url]);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toMatch(
      /visits +1 in the source, +1 in the target; 1 copied now, 1 checked/,
    );
    expect(run.output()).toContain('Every row of the source is in the target, the same.');

    const missing = join(dir, 'nowhere.db');
    const refused = runScript('src/server/copyDatabase.ts', {}, ['--from', missing, '--to', url]);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain(`There is no SQLite database at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  }, 60_000);
});
