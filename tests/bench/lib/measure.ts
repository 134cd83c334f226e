// What every measurement gives the runner: rows of figures, some judged against a budget from
// budgets.json, some checks that must hold even in a smoke run (nothing lost), some for the record.
import type { BuiltPage } from './benchPage';
import type { Sizes } from './sizes';

/** Every budget in budgets.json, by its key there. */
export const BUDGET_KEYS = [
  'kioskInitialJs',
  'coldStartOffline',
  'tapToDurableP95',
  'headcountYear',
  'headcountTenYears',
  'csvExportYear',
  'csvExportTenYears',
  'syncVersusPouchDB',
  'serverLoadP99',
  'serverLoadTwiceP99',
  'reportOneYearOfMillion',
  'serverResidentMemory',
  'soakHeapPerCheckIn',
  'soakDomNodes',
  'soakListeners',
  'soakTimers',
  'soakRequestsInFlight',
] as const;

export type BudgetKey = (typeof BUDGET_KEYS)[number];

export interface Row {
  what: string;
  value: number;
  unit: string;
  /** Judged against this budget in a full run. */
  budget?: BudgetKey;
  /** A check that must hold in every run, smoke included: the value may be at most this. */
  mustBeAtMost?: number;
  /** How it was measured, spread, parts. */
  note?: string;
}

export interface MeasureContext {
  smoke: boolean;
  sizes: Sizes;
  /** A progress line on stderr, so the table on stdout stays clean. */
  log(line: string): void;
  /** The bench page, built once for the run. */
  benchPage(): Promise<BuiltPage>;
}

export interface Measure {
  /** Short name for --only. */
  name: string;
  run(context: MeasureContext): Promise<Row[]>;
}
