// Today's numbers for the staff view, counted from this tablet's own visits so they work offline.
// They follow the rules of the endpoint's summary (visitors only, voided left out, volunteers apart,
// hours and days in the centre's time zone), so the tablet's figure and the server's can be compared.
import type { VisitKind } from '../../shared/visit';
import { localParts } from '../../shared/time';
import type { Headcount } from './checkins';
import { visitsOn } from './checkins';
import { syncStatesOf } from './outbox';
import type { StoredVisit, SyncState } from './db';

export interface HourCount {
  /** Local hour 0-23: 9 counts the visits from 09:00 to 09:59. */
  hour: number;
  visits: number;
}

export interface KeyCount {
  /** A country or municipality code, or null when she chose not to say. */
  key: string | null;
  visits: number;
}

export interface DayStats {
  headcount: Headcount;
  /** Hours with at least one visit, in order. */
  byHour: HourCount[];
  /** Most visits first, ties by code, "not said" last among equals. */
  byCountry: KeyCount[];
  byMunicipality: KeyCount[];
}

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

function localHour(visitedAt: string): number {
  return localParts(visitedAt).hour;
}

function byVisitsThenKey(a: KeyCount, b: KeyCount): number {
  if (a.visits !== b.visits) return b.visits - a.visits;
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}

function tally(counts: Map<string | null, number>): KeyCount[] {
  return [...counts].map(([key, visits]) => ({ key, visits })).sort(byVisitsThenKey);
}

function bump<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The day's figures from visits already read; pure, so the counting rules can be tested alone. */
export function countDay(visits: Iterable<StoredVisit>): DayStats {
  const headcount: Headcount = { visits: 0, adults: 0, children: 0, volunteers: 0 };
  const hours = new Map<number, number>();
  const countries = new Map<string | null, number>();
  const municipalities = new Map<string | null, number>();
  for (const visit of visits) {
    if (visit.voided) continue;
    if (visit.kind === 'volunteer') {
      headcount.volunteers += 1;
      continue;
    }
    headcount.visits += 1;
    if (visit.ageGroup === 'adult') headcount.adults += 1;
    else headcount.children += 1;
    bump(hours, localHour(visit.visitedAt));
    bump(countries, visit.country);
    bump(municipalities, visit.municipality);
  }
  return {
    headcount,
    byHour: [...hours]
      .map(([hour, count]) => ({ hour, visits: count }))
      .sort((a, b) => a.hour - b.hour),
    byCountry: tally(countries),
    byMunicipality: tally(municipalities),
  };
}

/** The figures of `day` (YYYY-MM-DD, the centre's local date) on this tablet. */
export async function dayStats(day: string): Promise<DayStats> {
  return countDay(await visitsOn(day));
}

const SETTLEDNESS: Record<SyncState, number> = { quarantined: 0, pending: 1, synced: 2 };

/** The day's visits gathered into check-ins, newest first; voided ones are kept and marked. A visit
 * `syncStates` does not name has reached the endpoint. */
export function groupParties(
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
  const visits = await visitsOn(day, { includeVoided: true });
  return groupParties(visits, await syncStatesOf(visits.map((visit) => visit.id)));
}
