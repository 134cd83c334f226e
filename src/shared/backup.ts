// The tablet's backup file of unsynced visits, named once: the tablet writes it (app/data) and
// the coordinator page reads it (without pulling Dexie into that page).
export const BACKUP_FORMAT = 'velkommen-backup';
export const BACKUP_VERSION = 1;
