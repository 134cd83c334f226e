// What the page and the check-in worker (checkInWorker.ts) say to each other.
import type { Visit } from '../../shared/visit';
import type { CheckIn } from './checkins';
import type { StorageProblem } from './storageProblems';

export interface ToCheckInWorker {
  id: number;
  checkIn: CheckIn;
}

export type FromCheckInWorker =
  | { type: 'ready' }
  | { type: 'startFailed'; message: string }
  | {
      type: 'recorded';
      id: number;
      visits: Visit[];
      /** When the transaction had committed: epoch milliseconds, sub-millisecond precise. */
      committedAt: number;
    }
  | { type: 'failed'; id: number; name: string; message: string }
  | { type: 'problem'; problem: StorageProblem };
