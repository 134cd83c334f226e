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
  /** Some of its visits were voided and others added by a correction of its answers. */
  corrected: boolean;
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

/**
 * The day's visits gathered into check-ins, newest first; voided ones are kept and marked. A
 * corrected check-in (some visits voided, others added under the same party) shows its answers as
 * they now stand; a withdrawn one, what it was. A visit `syncStates` does not name has reached the
 * endpoint.
 */
function groupParties(
  visits: Iterable<StoredVisit>,
  syncStates: ReadonlyMap<string, SyncState>,
): Party[] {
  const stateOf = (visit: StoredVisit): SyncState => syncStates.get(visit.id) ?? 'synced';
  const byParty = new Map<string, StoredVisit[]>();
  for (const visit of visits) {
    const party = byParty.get(visit.partyId);
    if (party === undefined) byParty.set(visit.partyId, [visit]);
    else party.push(visit);
  }
  const parties: { party: Party; recordedAt: number }[] = [];
  for (const [partyId, all] of byParty) {
    const live = all.filter((visit) => !visit.voided);
    const shown = live.length > 0 ? live : all;
    const [first] = shown;
    if (first === undefined) continue;
    let syncState = stateOf(first);
    for (const visit of all) {
      const state = stateOf(visit);
      if (SETTLEDNESS[state] < SETTLEDNESS[syncState]) syncState = state;
    }
    const adults = shown.filter((visit) => visit.ageGroup === 'adult').length;
    parties.push({
      party: {
        partyId,
        visitedAt: first.visitedAt,
        kind: first.kind,
        country: first.country,
        municipality: first.municipality,
        adults,
        children: shown.length - adults,
        voided: live.length === 0,
        corrected: live.length > 0 && live.length < all.length,
        syncState,
      },
      recordedAt: Math.max(...all.map((visit) => visit.recordedAt)),
    });
  }
  return parties
    .sort(
      (a, b) =>
        Date.parse(b.party.visitedAt) - Date.parse(a.party.visitedAt) ||
        b.recordedAt - a.recordedAt ||
        (a.party.partyId < b.party.partyId ? -1 : a.party.partyId > b.party.partyId ? 1 : 0),
    )
    .map(({ party }) => party);
}

/** The check-ins of `day` on this tablet, newest first, withdrawn ones included and marked. */
export async function partiesOn(day: string): Promise<Party[]> {
  const visits = await everyVisitOn(day);
  return groupParties(visits, await syncStatesOf(visits.map((visit) => visit.id)));
}
