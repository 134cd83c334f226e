import { describe, expect, it } from 'vitest';
import { backupFileIn } from './backupName';

describe('backupFileIn', () => {
  const at = new Date(2026, 10, 23, 22, 0, 5);

  it('names the backup by the moment it is made, to the second', () => {
    expect(backupFileIn('/backups', at, () => false)).toBe(
      '/backups/velkommen-2026-11-23-220005.db',
    );
  });

  it('never takes the name of a backup already there, or one being made', () => {
    const taken = new Set([
      '/backups/velkommen-2026-11-23-220005.db',
      '/backups/velkommen-2026-11-23-220005-2.db.partial',
    ]);
    expect(backupFileIn('/backups', at, (path) => taken.has(path))).toBe(
      '/backups/velkommen-2026-11-23-220005-3.db',
    );
  });
});
