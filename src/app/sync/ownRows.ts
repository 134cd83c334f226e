// Which of the server's rows of a day are this tablet's, for its receipt. A server that keeps the
// tablets' own ids is asked by id, so a renamed tablet finds its visits under every name it had and
// two tablets given one name are never added together; an older server, and visits that reached the
// server without an id (sent by an older version of the app), are matched by name. A tablet with a
// key of its own has its visits kept under the key's id, and under a new one after each re-pairing:
// every one it was given is its own.
import type { DaySummary, DeviceActivity } from '../../shared/api/summary';

export interface TabletIdentity {
  /** The tablet's name, as its visits carry it. */
  name: string | null;
  /** The tablet's own id for its server (syncDevice), once it has one. */
  device: string | null;
  /** The server's ids of the keys the tablet was given (knownSyncDevices). */
  keyDevices?: readonly string[];
}

/** Whether the server tells tablets apart by their own ids (it sends `device` with each row). */
function keepsIds(summary: DaySummary): boolean {
  return summary.devices.some((row) => row.device !== undefined);
}

/** Whether `row` of `summary` is this tablet's. */
export function isOwnRow(summary: DaySummary, row: DeviceActivity, self: TabletIdentity): boolean {
  const byName = self.name !== null && row.deviceId === self.name;
  const { device } = row;
  if (!keepsIds(summary) || device === null || device === undefined) return byName;
  return (
    (self.device !== null && device === self.device) || (self.keyDevices ?? []).includes(device)
  );
}

/** Visitors' visits of the day the server holds from this tablet. */
export function ownVisits(summary: DaySummary, self: TabletIdentity): number {
  return summary.devices
    .filter((row) => isOwnRow(summary, row, self))
    .reduce((sum, row) => sum + row.visits, 0);
}
