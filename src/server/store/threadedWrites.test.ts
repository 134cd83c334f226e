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
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the writer thread', () => {
  it('writes batches the main connection then reads, and judges retries and conflicts', async () => {
    const a = full();
    const b = full();
    const receivedAt = new Date('2026-11-23T11:00:00Z');
    const outcomes = await writer.putBatches([
      { visits: [a], receivedAt },
      { visits: [a, b, { ...b, deviceId: 'door-9' }], receivedAt },
    ]);
    expect(outcomes).toEqual([
      { ok: true, result: { outcomes: ['stored'], stored: [a.id], conflicts: [] } },
      {
        ok: true,
        result: {
          outcomes: ['unchanged', 'stored', 'conflict'],
          stored: [a.id, b.id],
          conflicts: [b.id],
        },
      },
    ]);
    expect(store.visitsBetween('2000-01-01', '2999-12-31')).toHaveLength(2);
  });

  it('undoes a failing batch alone', async () => {
    const good = full();
    const alsoGood = full();
    const broken = { ...full(), ageGroup: 'elder' } as unknown as Visit;
    const receivedAt = new Date();
    const outcomes = await writer.putBatches([
      { visits: [good], receivedAt },
      { visits: [alsoGood, broken], receivedAt },
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false]);
    expect(store.visitsBetween('2000-01-01', '2999-12-31').map((v) => v.id)).toEqual([good.id]);
  });
});
