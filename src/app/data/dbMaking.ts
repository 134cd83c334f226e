// What only making the database or upgrading an old one needs: loaded (database.ts) when that
// happens, which on a tablet is once per version, so the first screen's script does without it.
import type { Transaction } from 'dexie';
import { apiRecord } from '../../shared/visitFields';
import type { OutboxRow, QuarantineRow, SettingRow, StoredVisit, SyncState } from './database';
import { readMark, rowsFromMark } from './tabletMark';

/** The settings rows the tablet's mark remembers (its name and pairing), for a database just made. */
export function startFromMark(tx: Transaction): Promise<unknown> | undefined {
  const rows = rowsFromMark(readMark());
  return rows.length > 0 ? tx.table<SettingRow, string>('settings').bulkAdd(rows) : undefined;
}

interface VisitRowBefore5 extends StoredVisit {
  syncState?: SyncState;
  syncError?: string;
}

// Pending visits enter the outbox oldest first, as the old index sent them; refused ones keep their
// reason. The old per-visit marks are then dropped, so there is one place that says what is sent.
export async function moveSyncStateToOutbox(tx: Transaction): Promise<void> {
  const visits = tx.table<VisitRowBefore5, string>('visits');
  const waiting = (await visits.toArray())
    .filter((visit) => visit.syncState !== undefined && visit.syncState !== 'synced')
    .sort((a, b) => a.recordedAt - b.recordedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const outbox = tx.table<Omit<OutboxRow, 'seq'>, number>('outbox');
  const quarantine = tx.table<QuarantineRow, string>('quarantine');
  await outbox.bulkAdd(waiting.filter((v) => v.syncState === 'pending').map(apiRecord));
  await quarantine.bulkAdd(
    waiting.flatMap((visit, place) =>
      visit.syncState === 'quarantined'
        ? [{ ...apiRecord(visit), seq: place + 1, reason: visit.syncError ?? '' }]
        : [],
    ),
  );
  await visits.toCollection().modify((visit) => {
    delete visit.syncState;
    delete visit.syncError;
  });
}
