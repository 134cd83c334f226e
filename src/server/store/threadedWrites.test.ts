// The writer thread, started from its TypeScript sources (the server build starts the built one):
// it writes through its own connection, keeps a failing batch from touching the others, and
// has committed before it answers, so the main thread's connection sees the rows at once.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/visit';
import { tempDir, visit } from '../testing/testApp';
import { openSqliteStore } from './sqlite';
import { startWriterThread, type ThreadedWriter } from './threadedWrites';
import type { VisitStore } from './VisitStore';

const entry = new URL('./writerThread.ts', import.meta.url).href;
// An eval'd bootstrap: the thread loads tsx first, then the writer's TypeScript.
const fromSources = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
const full = (changes: Parameters<typeof visit>[0] = {}): Visit => ({
  kind: 'visitor',
  ...visit(changes),
});

let dir: string;
let store: VisitStore;
let writer: ThreadedWriter;
beforeEach(async () => {
  dir = tempDir();
  const dbPath = join(dir, 'velkommen.db');
  store = openSqliteStore(dbPath, { timeZone: 'Europe/Copenhagen' });
  writer = await startWriterThread({
    entry: fromSources,
    eval: true,
    dbPath,
    timeZone: 'Europe/Copenhagen',
  });
});
afterEach(async () => {
  await writer.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the writer thread', () => {
  it('writes batches the main connection then reads, and judges retries and conflicts', async () => {
    const a = full();
    const b = full();
    const receivedAt = new Date('2026-11-23T11:00:00Z');
    // Posted together, so the thread writes them in one group, in the order they came.
    const results = await Promise.all([
      writer.put([a], receivedAt),
      writer.put([a, b, { ...b, deviceId: 'door-9' }], receivedAt),
    ]);
    expect(results).toEqual([
      { outcomes: ['stored'], stored: [a.id], conflicts: [] },
      {
        outcomes: ['unchanged', 'stored', 'conflict'],
        stored: [a.id, b.id],
        conflicts: [b.id],
      },
    ]);
    expect(await store.visitsBetween('2000-01-01', '2999-12-31')).toHaveLength(2);
  });

  it('keeps the sending tablet’s id with the visits it adds', async () => {
    const device = crypto.randomUUID();
    await writer.put([full({ visitedAt: '2026-11-23T09:15:00+01:00' })], new Date(), device);
    await writer.put([full({ visitedAt: '2026-11-23T09:30:00+01:00' })], new Date());
    expect((await store.summaryOn('2026-11-23')).devices).toEqual([
      expect.objectContaining({ deviceId: 'door-1', device: null, visits: 1 }),
      expect.objectContaining({ deviceId: 'door-1', device, visits: 1 }),
    ]);
  });

  it('undoes a failing batch alone', async () => {
    const good = full();
    const alsoGood = full();
    const broken = { ...full(), visitedAt: 'yesterday' };
    const receivedAt = new Date();
    const results = await Promise.allSettled([
      writer.put([good], receivedAt),
      writer.put([alsoGood, broken], receivedAt),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    expect((await store.visitsBetween('2000-01-01', '2999-12-31')).map((v) => v.id)).toEqual([
      good.id,
    ]);
  });

  it('refuses a malformed batch alone', async () => {
    const good = full();
    const broken = { ...full(), ageGroup: 'elder' } as unknown as Visit;
    const results = await Promise.allSettled([
      writer.put([broken], new Date()),
      writer.put([good], new Date()),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    expect((await store.visitsBetween('2000-01-01', '2999-12-31')).map((v) => v.id)).toEqual([
      good.id,
    ]);
  });

  it('keeps batches on the main thread while the thread holds enough, and writes them in order', async () => {
    await writer.close();
    writer = await startWriterThread({
      entry: fromSources,
      eval: true,
      dbPath: join(dir, 'velkommen.db'),
      timeZone: 'Europe/Copenhagen',
      maxVisitsAtThread: 2,
    });
    const a = full();
    const b = full();
    const c = full();
    const receivedAt = new Date();
    // Three batches of two at most two at a time: the first goes at once, the others after it.
    const results = await Promise.all([
      writer.put([a, b], receivedAt),
      writer.put([b, c], receivedAt),
      writer.put([c, { ...a, deviceId: 'door-9' }], receivedAt),
    ]);
    expect(results.map((result) => result.outcomes)).toEqual([
      ['stored', 'stored'],
      ['unchanged', 'stored'],
      ['unchanged', 'conflict'],
    ]);
    expect(await store.visitsBetween('2000-01-01', '2999-12-31')).toHaveLength(3);
  });

  it('answers what it holds before it closes, and refuses what comes after', async () => {
    const last = full();
    const written = writer.put([last], new Date());
    await writer.close();
    await expect(written).resolves.toMatchObject({ stored: [last.id] });
    await expect(writer.put([full()], new Date())).rejects.toThrow(/writer thread stopped/);
    expect((await store.visitsBetween('2000-01-01', '2999-12-31')).map((v) => v.id)).toEqual([
      last.id,
    ]);
  });
});
