// How much each measurement does: the figures for a full run, and small ones for the
// smoke run CI makes, which only proves every measurement still works.

export interface Sizes {
  coldStartRuns: number;
  checkIns: number;
  /** A year of visits on one tablet (the centre's 2024 figure) and ten such years. */
  yearVisits: number;
  tenYearVisits: number;
  headcountCalls: number;
  csvRuns: number;
  /** Pending visits a tablet sends after a year offline. */
  syncVisits: number;
  tablets: number;
  batchesPerTablet: number;
  visitsPerBatch: number;
  reportVisits: number;
  reportRuns: number;
  /** The kiosk left on: opening days, and check-ins tapped through on each. */
  soakDays: number;
  soakCheckInsPerDay: number;
  /** Simulated hours the sync loop runs with the server, and again without it. */
  soakSyncHours: number;
}

export const FULL: Sizes = {
  coldStartRuns: 10,
  checkIns: 200,
  yearVisits: 15_397,
  tenYearVisits: 153_970,
  headcountCalls: 30,
  csvRuns: 3,
  syncVisits: 15_397,
  tablets: 50,
  batchesPerTablet: 20,
  visitsPerBatch: 100,
  reportVisits: 1_000_000,
  reportRuns: 10,
  soakDays: 10,
  soakCheckInsPerDay: 100,
  soakSyncHours: 24,
};

export const SMOKE: Sizes = {
  coldStartRuns: 2,
  checkIns: 10,
  yearVisits: 600,
  tenYearVisits: 3_000,
  headcountCalls: 5,
  csvRuns: 1,
  syncVisits: 600,
  tablets: 5,
  batchesPerTablet: 2,
  visitsPerBatch: 100,
  reportVisits: 10_000,
  reportRuns: 3,
  soakDays: 2,
  soakCheckInsPerDay: 8,
  soakSyncHours: 2,
};
