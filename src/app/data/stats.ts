// Today's numbers for the staff view, counted from this tablet's own visits so they work offline.
// They are counted by the shared tally and listed in the order of the endpoint's summary, hours and
// days in the centre's time zone (as its server gave it), so the tablet's figure and the server's
// can be compared.
import type { DaySummary, KeyCount } from '../../shared/api/summary';
import { compareKeys, tally } from '../../shared/reports/tally';
import type { Headcount } from '../../shared/reports/tally';
import { localParts } from '../../shared/time';
import type { VisitKind } from '../../shared/visit';
import { everyVisitOn } from './checkins';
import { syncStatesOf } from './outbox';
import { centreTimeZone } from './syncSettings';
import type { StoredVisit, SyncState } from './db';

export type { KeyCount } from '../../shared/api/summary';

/** Local hour 0-23 and its visits: 9 counts the visits from 09:00 to 09:59. */
export type HourCount = DaySummary['byHour'][number];

/** The server's summary of a day, as this tablet alone counts it (a summary's date and devices aside). */
type DayStats = Pick<DaySummary, 'byHour' | 'byCountry' | 'byMunicipality'> & {
  headcount: Headcount;
};

export interface Party {
  partyId: string;
  visitedAt: string;
  kind: VisitKind;
  country: string | null;
  municipality: string | null;
  /** 1 when the woman herself came, 0 when a child came alone. */
  adults: number;
  children: number;
  voided: boolean;
  /** The least settled state among the party's visits: quarantined, then pending, then synced. */
  syncState: SyncState;
}

// Most visits first, ties by code, "not said" last among equals: the summary's order.
function byVisitsThenKey(a: KeyCount, b: KeyCount): number {
  return b.visits - a.visits || compareKeys(a.key, b.key);
}

function keyCounts(counts: Map<string | null, number>): KeyCount[] {
  return [...counts].map(([key, visits]) => ({ key, visits })).sort(byVisitsThenKey);
}

function bump<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The figures of `day` (YYYY-MM-DD, the centre's local date) on this tablet: the tally's
 * headcount, and the visits it counted by local hour, country and municipality.
 */
export async function dayStats(day: string): Promise<DayStats> {
  const hours = new Map<number, number>();
  const countries = new Map<string | null, number>();
  const municipalities = new Map<string | null, number>();
  const zone = await centreTimeZone();
  const headcount = tally(await everyVisitOn(day), (visit) => {
    bump(hours, localParts(visit.visitedAt, zone).hour);
    bump(countries, visit.country);
    bump(municipalities, visit.municipality);
  });
  return {
    headcount,
    byHour: [...hours].sort(([a], [b]) => a - b).map(([hour, visits]) => ({ hour, visits })),
    byCountry: keyCounts(countries),
    byMunicipality: keyCounts(municipalities),
  };
}

const SETTLEDNESS: Record<SyncState, number> = { quarantined: 0, pending: 1, synced: 2 };

/** The day's visits gathered into check-ins, newest first; voided ones are kept and marked. A visit
 * `syncStates` does not name has reached the endpoint. */
function groupParties(
  visits: Iterable<StoredVisit>,
  syncStates: ReadonlyMap<string, SyncState>,
): Party[] {
  const stateOf = (visit: StoredVisit): SyncState => syncStates.get(visit.id) ?? 'synced';
  const parties = new Map<string, { party: Party; recordedAt: number; allVoided: boolean }>();
  for (const visit of visits) {
    let entry = parties.get(visit.partyId);
    if (entry === undefined) {
      entry = {
        party: {
          partyId: visit.partyId,
          visitedAt: visit.visitedAt,
          kind: visit.kind,
          country: visit.country,
          municipality: visit.municipality,
          adults: 0,
          children: 0,
          voided: false,
          syncState: stateOf(visit),
        },
        recordedAt: visit.recordedAt,
        allVoided: true,
      };
      parties.set(visit.partyId, entry);
    }
    const { party } = entry;
    if (visit.ageGroup === 'adult') party.adults += 1;
    else party.children += 1;
    entry.allVoided &&= visit.voided;
    entry.recordedAt = Math.max(entry.recordedAt, visit.recordedAt);
    const state = stateOf(visit);
    if (SETTLEDNESS[state] < SETTLEDNESS[party.syncState]) party.syncState = state;
  }
  return [...parties.values()]
    .sort(
      (a, b) =>
        Date.parse(b.party.visitedAt) - Date.parse(a.party.visitedAt) ||
        b.recordedAt - a.recordedAt ||
        (a.party.partyId < b.party.partyId ? -1 : a.party.partyId > b.party.partyId ? 1 : 0),
    )
    .map(({ party, allVoided }) => ({ ...party, voided: allVoided }));
}

/** The check-ins of `day` on this tablet, newest first, withdrawn ones included and marked. */
export async function partiesOn(day: string): Promise<Party[]> {
  const visits = await everyVisitOn(day);
  return groupParties(visits, await syncStatesOf(visits.map((visit) => visit.id)));
}
