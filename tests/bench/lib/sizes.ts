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
  /** Rounds of sync, its floor and PouchDB, taken in turns; the medians are compared. */
  syncRounds: number;
  /** The server under load: this many centres, each with this many tablets. */
  loadCentres: number;
  tabletsPerCentre: number;
  batchesPerTablet: number;
  visitsPerBatch: number;
  reportVisits: number;
  reportRuns: number;
  /** Ten centres' decade on one server, for the report over all of it; BENCH_DECADE_VISITS. */
  decadeVisits: number;
  decadeRuns: number;
  /** The kiosk left on: opening days, and check-ins tapped through on each. */
  soakDays: number;
  soakCheckInsPerDay: number;
  /**
   * The staff view's day, in simulated hours: it is kept from locking with a key every two
   * simulated minutes, each a step in real time, so the smoke run's day is short. Check-ins with
   * the staff view open take some seconds each, hence the smoke run's few.
   */
  soakStaffHours: number;
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
  syncRounds: 5,
  loadCentres: 10,
  tabletsPerCentre: 50,
  batchesPerTablet: 20,
  visitsPerBatch: 100,
  reportVisits: 1_000_000,
  reportRuns: 10,
  decadeVisits: 10_000_000,
  decadeRuns: 5,
  soakDays: 10,
  soakCheckInsPerDay: 100,
  soakStaffHours: 7,
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
  syncRounds: 2,
  loadCentres: 10,
  tabletsPerCentre: 2,
  batchesPerTablet: 2,
  visitsPerBatch: 100,
  reportVisits: 10_000,
  reportRuns: 3,
  decadeVisits: 20_000,
  decadeRuns: 2,
  soakDays: 2,
  soakCheckInsPerDay: 4,
  soakStaffHours: 1,
  soakSyncHours: 2,
};

/** The sizes of a full or a smoke run, with the decade's visits as BENCH_DECADE_VISITS says. */
export function sizesFor(smoke: boolean, env: NodeJS.ProcessEnv = process.env): Sizes {
  const sizes = smoke ? SMOKE : FULL;
  const raw = env.BENCH_DECADE_VISITS?.trim();
  if (!raw) return sizes;
  const decadeVisits = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(decadeVisits) || decadeVisits < 10) {
    throw new Error(
      `BENCH_DECADE_VISITS must be a whole number of visits, 10 or more, not "${raw}".`,
    );
  }
  return { ...sizes, decadeVisits };
}
