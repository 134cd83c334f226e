// The one choice between the engines: PostgreSQL when a DATABASE_URL is given, else the SQLite file.
import { openPostgresStore, safeUrl } from './postgres';
import { openSqliteStore } from './sqlite';
import type { VisitStore } from './VisitStore';

export interface StoreChoice {
  /** The SQLite file, used when there is no databaseUrl. */
  dbPath: string;
  /** A PostgreSQL database's address (DATABASE_URL). */
  databaseUrl?: string;
  timeZone: string;
  /** The first centre's name when it is made (VELKOMMEN_CENTRE_NAME). */
  centreName?: string;
}

export function openStore(choice: StoreChoice): Promise<VisitStore> {
  const first = {
    timeZone: choice.timeZone,
    ...(choice.centreName === undefined ? {} : { centreName: choice.centreName }),
  };
  if (choice.databaseUrl !== undefined) {
    return openPostgresStore(choice.databaseUrl, first);
  }
  return Promise.resolve(openSqliteStore(choice.dbPath, first));
}

/** Where the visits are kept, in words for the start message and the logs; no password. */
export function storeDescription(choice: StoreChoice): string {
  return choice.databaseUrl === undefined
    ? choice.dbPath
    : `PostgreSQL (${safeUrl(choice.databaseUrl)})`;
}
