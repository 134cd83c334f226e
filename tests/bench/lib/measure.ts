// What every measurement gives the runner: rows of figures, some judged against a budget from
// budgets.json, some checks that must hold even in a smoke run (nothing lost), some for the record.
import type { BuiltPage } from './benchPage';
import type { Sizes } from './sizes';
import { round } from './stats';

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
  'syncVersusFloor',
  'serverLoadP99',
  'serverLoadTwiceP99',
  'reportOneYearOfMillion',
  'reportDecadeOfTenCentres',
  'reportDecadeOneCentre',
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
  /** The storage engine it was measured on, for a figure measured on each. */
  engine?: 'SQLite' | 'PostgreSQL';
  /** Why there is no figure (no database of that engine to measure in); judged on nothing. */
  notMeasured?: string;
  value: number;
  unit: string;
  /** For a ratio: the figure itself and the floor or peer it was divided by, as printed. */
  figure?: string;
  floor?: string;
  /** Judged against this budget in a full run. */
  budget?: BudgetKey;
  /** A check that must hold in every run, smoke included: the value may be at most this. */
  mustBeAtMost?: number;
  /** How it was measured, spread, parts. */
  note?: string;
}

/** The unit of a figure divided by its floor measured in the same run. */
export const TIMES_FLOOR = '× floor';

/**
 * A timing judged as a multiple of its floor: the same work done the plainest way, measured in the
 * same run, so that a slower or busier machine moves both.
 */
export function ratioRow(row: {
  what: string;
  ours: number;
  floor: number;
  /** What the floor is, for the table. */
  floorIs: string;
  unit?: string;
  budget?: BudgetKey;
  note?: string;
}): Row {
  const unit = row.unit ?? 'ms';
  return {
    what: row.what,
    value: round(row.ours / row.floor),
    unit: TIMES_FLOOR,
    figure: `${round(row.ours)} ${unit}`,
    floor: `${round(row.floor)} ${unit} (${row.floorIs})`,
    ...(row.budget ? { budget: row.budget } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
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
