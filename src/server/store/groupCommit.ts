// Group commit for POST /api/v1/visits. A durable commit costs an fsync, which on a busy disk
// takes longer than writing a hundred visits, so the requests that arrive while one write runs
// wait together and go to the store as one transaction with one commit: each request in a
// savepoint of its own (its failure undoes it alone) and each answered only after that commit.
// Under light load a group is a single request and waits one turn of the event loop at most.
import type { Visit } from '../../shared/visit';
import type { BatchOutcome, PutBatch, PutResult, WriteCentre } from './VisitStore';

/** The most visits written in one group; more wait for the next, so no commit grows unbounded. */
export const MAX_GROUP_VISITS = 10_000;

export interface GroupCommit {
  /**
   * Resolves once the visits are durably committed, with what became of each. `device` is the
   * sending tablet's id, kept with the visits it adds.
   */
  put(
    visits: readonly Visit[],
    receivedAt: Date,
    device?: string | null,
    centre?: WriteCentre | null,
  ): Promise<PutResult>;
}

/** Writes a group as VisitStore.putBatches does, on this thread or another. */
export type WriteGroup = (batches: readonly PutBatch[]) => BatchOutcome[] | Promise<BatchOutcome[]>;

interface Waiting {
  batch: PutBatch;
  resolve(result: PutResult): void;
  reject(error: unknown): void;
}

export function groupCommit(write: WriteGroup): GroupCommit {
  let queue: Waiting[] = [];
  let writing = false;
  let scheduled = false;

  const takeGroup = (): Waiting[] => {
    let size = 0;
    let count = 0;
    while (count < queue.length && (count === 0 || size < MAX_GROUP_VISITS)) {
      size += queue[count]?.batch.visits.length ?? 0;
      count += 1;
    }
    const group = queue.slice(0, count);
    queue = queue.slice(count);
    return group;
  };

  const schedule = () => {
    if (writing || scheduled || queue.length === 0) return;
    scheduled = true;
    // setImmediate runs after the event loop has read every request that is ready, so all of
    // them join this group.
    setImmediate(() => {
      scheduled = false;
      void flush();
    });
  };

  const flush = async (): Promise<void> => {
    const group = takeGroup();
    writing = true;
    try {
      const outcomes = await write(group.map((waiting) => waiting.batch));
      group.forEach((waiting, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) waiting.resolve(outcome.result);
        else waiting.reject(outcome?.error ?? new Error('The store gave no outcome for a batch.'));
      });
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
    } finally {
      writing = false;
      schedule();
    }
  };

  return {
    put: (visits, receivedAt, device = null, centre = null) =>
      new Promise<PutResult>((resolve, reject) => {
        queue.push({ batch: { visits, receivedAt, device, centre }, resolve, reject });
        schedule();
      }),
  };
}
