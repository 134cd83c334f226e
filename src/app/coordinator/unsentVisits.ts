// Loading a tablet's unsent visits file into the server: its visits go in batches of at most
// MAX_VISITS_PER_REQUEST (the API's limit) with the coordinator token, and the server's answers are
// added up. Safe to repeat: a visit the server holds already is "stored" again and changes nothing,
// so a file loaded twice, or a batch sent again after a lost answer, counts once.
import { MAX_VISITS_PER_REQUEST } from '../../shared/api/routes';
import type { Rejection } from '../../shared/api/visits';
import { ApiProblem, postVisits } from './api';
import type { Connection } from './credentials';

export interface LoadResult {
  /** Visits in the file. */
  total: number;
  /** Visits sent and answered so far. */
  sent: number;
  /** Ids the server now holds (new, already there, or newly voided). */
  stored: number;
  rejected: Rejection[];
  /** Why loading stopped before the end; sending the file again is safe. */
  problem: ApiProblem | null;
}

export function batches<T>(items: readonly T[], size: number = MAX_VISITS_PER_REQUEST): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('A batch holds at least one item.');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Sends the visits batch by batch; stops at the first batch the server does not answer. */
export async function loadUnsentVisits(
  connection: Connection,
  visits: readonly unknown[],
  options: { fetch?: typeof fetch; onProgress?: (result: LoadResult) => void } = {},
): Promise<LoadResult> {
  const result: LoadResult = {
    total: visits.length,
    sent: 0,
    stored: 0,
    rejected: [],
    problem: null,
  };
  for (const batch of batches(visits)) {
    try {
      const answer = await postVisits(connection, batch, options.fetch);
      result.sent += batch.length;
      result.stored += answer.stored.length;
      result.rejected.push(...answer.rejected);
      options.onProgress?.({ ...result, rejected: [...result.rejected] });
    } catch (error) {
      result.problem =
        error instanceof ApiProblem
          ? error
          : new ApiProblem('network', error instanceof Error ? error.message : String(error));
      break;
    }
  }
  return result;
}

/** The rejections grouped by the server's reason, most frequent first. */
export function rejectionReasons(
  rejected: readonly Rejection[],
): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { reason } of rejected) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
}
