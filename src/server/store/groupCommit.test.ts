// Group commit: requests that arrive together share one write, each gets its own outcome, and a
// write that fails answers every request of its group with the error and none of another.
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/visit';
import { groupCommit, MAX_GROUP_VISITS } from './groupCommit';
import type { BatchOutcome, PutBatch } from './VisitStore';
import { visit } from '../testing/testApp';

const full = (): Visit => ({ kind: 'visitor', ...visit() });
const stored = (batch: PutBatch): BatchOutcome => ({
  ok: true,
  result: {
    outcomes: batch.visits.map(() => 'stored'),
    stored: batch.visits.map((v) => v.id),
    conflicts: [],
  },
});

describe('group commit', () => {
  it('writes the requests that arrive together in one group, each with its own answer', async () => {
    const groups: number[] = [];
    const writes = groupCommit((batches) => {
      groups.push(batches.length);
      return batches.map(stored);
    });
    const [a, b, c] = [full(), full(), full()];
    const answers = await Promise.all([
      writes.put([a], new Date()),
      writes.put([b, c], new Date()),
    ]);
    expect(groups).toEqual([2]);
    expect(answers.map((answer) => answer.stored)).toEqual([[a.id], [b.id, c.id]]);
  });

  it('keeps requests that arrive during a write for the next group', async () => {
    const groups: number[] = [];
    let release: () => void = () => undefined;
    const writes = groupCommit(async (batches) => {
      groups.push(batches.length);
      if (groups.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return batches.map(stored);
    });
    const first = writes.put([full()], new Date());
    await new Promise((resolve) => setImmediate(resolve));
    const later = [writes.put([full()], new Date()), writes.put([full()], new Date())];
    release();
    await Promise.all([first, ...later]);
    expect(groups).toEqual([1, 2]);
  });

  it('answers a failed batch with its error and the others with their results', async () => {
    const failure = new Error('disk');
    const writes = groupCommit((batches) =>
      batches.map((batch, i) => (i === 0 ? { ok: false, error: failure } : stored(batch))),
    );
    const [bad, good] = await Promise.allSettled([
      writes.put([full()], new Date()),
      writes.put([full()], new Date()),
    ]);
    expect(bad).toEqual({ status: 'rejected', reason: failure });
    expect(good?.status).toBe('fulfilled');
  });

  it('fails every request of a group whose commit fails, and goes on with the next', async () => {
    let calls = 0;
    const writes = groupCommit((batches) => {
      calls += 1;
      if (calls === 1) throw new Error('commit failed');
      return batches.map(stored);
    });
    const results = await Promise.allSettled([
      writes.put([full()], new Date()),
      writes.put([full()], new Date()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(writes.put([full()], new Date())).resolves.toMatchObject({ conflicts: [] });
  });

  it('starts a new group once one holds MAX_GROUP_VISITS visits', async () => {
    const groups: number[] = [];
    const writes = groupCommit((batches) => {
      groups.push(batches.length);
      return batches.map(stored);
    });
    const big = Array.from({ length: MAX_GROUP_VISITS }, full);
    await Promise.all([writes.put(big, new Date()), writes.put([full()], new Date())]);
    expect(groups).toEqual([1, 1]);
  });
});
