// Loading a tablet's backup file into the server: read the file, send its visits in batches of at
// most 1000 (the API's limit) with the coordinator token, and add up what the server answered.
// The server's rules make this safe to repeat: a visit it holds already is "stored" again and
// changes nothing, so a file loaded twice, or a batch sent again after a lost answer, counts once.
import { ApiProblem, postVisits } from './api';
import type { Rejection } from './api';
import type { Connection } from './credentials';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../shared/backup';

export { BACKUP_FORMAT } from '../../../shared/backup';
export const MAX_BATCH = 1000;

export interface BackupContents {
  deviceId: string;
  exportedAt: string;
  /** As in the file; the server checks each one. */
  visits: unknown[];
}

export type BackupProblem = 'not-json' | 'not-backup' | 'newer-version';

export function parseBackup(
  text: string,
): { ok: true; backup: BackupContents } | { ok: false; problem: BackupProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'not-backup' };
  }
  const format: unknown = Reflect.get(value, 'format');
  const version: unknown = Reflect.get(value, 'version');
  const visits: unknown = Reflect.get(value, 'visits');
  if (format !== BACKUP_FORMAT || typeof version !== 'number' || !Array.isArray(visits)) {
    return { ok: false, problem: 'not-backup' };
  }
  if (version !== BACKUP_VERSION) return { ok: false, problem: 'newer-version' };
  const deviceId: unknown = Reflect.get(value, 'deviceId');
  const exportedAt: unknown = Reflect.get(value, 'exportedAt');
  return {
    ok: true,
    backup: {
      deviceId: typeof deviceId === 'string' ? deviceId : '',
      exportedAt: typeof exportedAt === 'string' ? exportedAt : '',
      visits,
    },
  };
}

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

export function batches<T>(items: readonly T[], size: number = MAX_BATCH): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('A batch holds at least one item.');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Sends the visits batch by batch; stops at the first batch the server does not answer. */
export async function loadBackup(
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
