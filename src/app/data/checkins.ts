// Check-ins as the kiosk records them: one visit per person, tied together by the party's id, written
// in a single transaction so a party is kept whole or not at all. Undo only ever marks visits voided;
// a visit is never deleted here, because the endpoint may already hold it. A visit's time and day are
// reckoned in the centre's zone, as its server gave it, and by the tablet's clock unless the server
// found that clock plainly wrong (sync/clock.ts): a wrong clock never refuses a check-in.
import type { AgeGroup, Visit, VisitKind } from '../../shared/visit';
import { parseVisit } from '../../shared/visit';
import { apiRecord } from '../../shared/visitFields';
import { isCountryCode } from '../../shared/countries';
import { isMunicipalityCode } from '../../shared/municipalities';
import { CENTRE_TIME_ZONE, localDate, toQuarterHour } from '../../shared/time';
import { centreTime } from '../sync/clock';
import type { StoredVisit } from './db';
import { db, writing } from './db';
import { deviceIdHere, lastSeenDeviceId } from './device';
import { enqueue, enqueueAgain } from './outbox';
import type { CentreClock } from './syncSettings';
import { centreClock } from './syncSettings';

const MAX_CHILDREN = 20;

export interface CheckIn {
  /** Made once per check-in by the UI; the same id twice means the same party. */
  partyId: string;
  kind: VisitKind;
  country: string | null;
  municipality: string | null;
  /** Whether the woman herself is here; false when a child comes alone. */
  adult: boolean;
  children: number;
  /**
   * The tablet's clock when she checked in (the kiosk reads it at the tap); read now when left out.
   * A reading of the tablet's clock, so it is put right like one when the server found the clock
   * plainly wrong, and never taken for a moment before one known to have passed (see stampOf).
   */
  at?: Date;
}

interface Stamp {
  visitedAt: string;
  /** The local date of visitedAt in the centre's zone. */
  localDay: string;
}

/**
 * The quarter hour and day a check-in at the tablet's clock reading `reading` is recorded with, in
 * the centre's zone: by the tablet's clock, or by the server's as reckoned when the last check found
 * the tablet's more than a few minutes off, and never before the last moment known to have passed
 * (centreTime), so a wrong clock never refuses a check-in.
 */
function stampOf(reading: number, centre: CentreClock): Stamp {
  const zone = centre.timeZone ?? CENTRE_TIME_ZONE;
  const visitedAt = toQuarterHour(new Date(centreTime(reading, centre.clock).at), zone);
  return { visitedAt, localDay: localDate(visitedAt, zone) };
}

// What this page last read of the centre's zone and clock: only a guess for the one-trip write,
// which a check-in checks inside its own transaction (the sync loop may have learnt better since).
let lastCentre: CentreClock = { timeZone: null, clock: null };

/** Why a check-in (or a correction's answers) breaks a rule, or null when it keeps them all. */
export function checkInProblem(checkIn: CheckIn): string | null {
  const { kind, country, municipality, adult, children, at } = checkIn;
  if (kind !== 'visitor' && kind !== 'volunteer')
    return `The kind must be "visitor" or "volunteer", not ${JSON.stringify(kind)}.`;
  if (typeof adult !== 'boolean') return 'Whether the woman herself is here must be true or false.';
  if (!Number.isInteger(children) || children < 0 || children > MAX_CHILDREN) {
    return `The number of children must be a whole number from 0 to ${MAX_CHILDREN}, not ${JSON.stringify(children)}.`;
  }
  if (!adult && children === 0)
    return 'A check-in needs at least one person: the woman, a child, or both.';
  if (country !== null && !(typeof country === 'string' && isCountryCode(country))) {
    return `${JSON.stringify(country)} is not a known country code.`;
  }
  if (
    municipality !== null &&
    !(typeof municipality === 'string' && isMunicipalityCode(municipality))
  ) {
    return `${JSON.stringify(municipality)} is not a known municipality code.`;
  }
  if (kind === 'volunteer') {
    if (country !== null || municipality !== null)
      return 'A volunteer’s check-in has no country and no municipality.';
    if (!adult || children > 0) return 'A volunteer checks in as one adult, without children.';
  }
  if (at !== undefined && !(at instanceof Date && Number.isFinite(at.getTime())))
    return 'The check-in time is not a valid date.';
  return null;
}

// The endpoint checks each visit with the same schema; one that would be rejected there is never stored.
export function validVisit(candidate: unknown): Visit {
  const result = parseVisit(candidate);
  if (result.ok) return result.visit;
  throw new Error(`The check-in cannot be recorded: ${result.reason}`);
}

// The woman first, then her children; the same order whether the party was just written or found stored.
function partyOrder(a: Visit, b: Visit): number {
  if (a.ageGroup !== b.ageGroup) return a.ageGroup === 'adult' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Records one check-in as one visit per person (the woman as adult, each child as child), all with the
 * check-in's partyId and its time rounded down to the quarter hour.
 *
 * Offline: this only ever writes to the tablet. Each visit is stored and queued in the outbox until the
 * endpoint has confirmed it, however long the tablet is offline; a party is written whole or not at all.
 *
 * Double tap: the UI makes the partyId once per check-in, and the write first looks the party up in the
 * same transaction. A second call with that partyId (a double tap on confirm, a retry) writes nothing and
 * returns the visits already stored, so one check-in can never become two parties.
 *
 * Throws an Error naming the problem when the check-in breaks a rule, and a StorageFullError when the
 * tablet's storage is full; in both cases nothing is stored, so nothing may be confirmed to her.
 */
export async function recordCheckIn(checkIn: CheckIn): Promise<Visit[]> {
  const problem = checkInProblem(checkIn);
  if (problem !== null) throw new Error(problem);
  const { partyId, kind, country, municipality, adult, children, at } = checkIn;

  // The clock is read once, so the guess and its check in the transaction agree on the moment.
  const reading = (at ?? new Date()).getTime();
  // Ids are made once, so a write tried again after a lost connection writes the same visits.
  const people = [
    ...(adult ? (['adult'] as const) : []),
    ...Array<AgeGroup>(children).fill('child'),
  ].map((ageGroup) => ({ ageGroup, id: crypto.randomUUID() }));
  const party: Party = {
    partyId,
    stampFor: (centre) => stampOf(reading, centre),
    visits: (deviceId, { visitedAt }) =>
      people.map(({ ageGroup, id }) =>
        validVisit({
          id,
          visitedAt,
          country,
          municipality,
          ageGroup,
          partyId,
          deviceId,
          voided: false,
          kind,
        }),
      ),
  };

  const guess = lastSeenDeviceId();
  if (guess === null) return writing(() => writeParty(party));
  try {
    return await writing(() => writePartyAsNamed(party, guess, party.stampFor(lastCentre)));
  } catch (error) {
    if (!(error instanceof Undone)) throw error;
    if (error.stored.length > 0) return error.stored.map(apiRecord).sort(partyOrder);
    return writing(() => writeParty(party));
  }
}

interface Party {
  partyId: string;
  /** When the party is recorded, by what the tablet knows of the centre's clock. */
  stampFor: (centre: CentreClock) => Stamp;
  /** The party's visits, checked by the API's schema, as recorded under the tablet's name. */
  visits: (deviceId: string, stamp: Stamp) => Visit[];
}

// Thrown inside a check-in's transaction so that all of its writes are undone.
class Undone extends Error {
  constructor(readonly stored: StoredVisit[]) {
    super('The check-in was undone in its own transaction.');
  }
}

function readNameAndParty(partyId: string): Promise<[string, StoredVisit[], CentreClock]> {
  return Promise.all([
    deviceIdHere(),
    db.visits.where('partyId').equals(partyId).toArray(),
    centreClock().then((centre) => (lastCentre = centre)),
  ]);
}

function addParty(visits: readonly Visit[], localDay: string): Promise<unknown> {
  const recordedAt = Date.now();
  return Promise.all([
    db.visits.bulkAdd(
      visits.map((visit): StoredVisit => ({ ...visit, localDate: localDay, recordedAt })),
    ),
    enqueue(visits),
  ]);
}

// Reads the tablet's name, the centre's clock and looks the party up, then writes: two trips to
// the database.
function writeParty(party: Party): Promise<Visit[]> {
  return db.transaction('rw', db.visits, db.outbox, db.settings, async () => {
    const [deviceId, stored, centre] = await readNameAndParty(party.partyId);
    if (stored.length > 0) return stored.map(apiRecord).sort(partyOrder);
    const stamp = party.stampFor(centre);
    const visits = party.visits(deviceId, stamp);
    await addParty(visits, stamp.localDay);
    return visits.sort(partyOrder);
  });
}

// The same in one trip, for the usual tap: the visits under the name and stamp this page last saw
// are written together with the reads, so the database does it all while the page draws the tap's
// frame. If the party is already stored, or the tablet has another name, or what is stored of the
// centre's clock stamps it otherwise, the transaction is undone (the writes come after the reads in
// it, so the reads never see them) and Undone says what was found.
function writePartyAsNamed(party: Party, guess: string, guessed: Stamp): Promise<Visit[]> {
  const visits = party.visits(guess, guessed);
  return db.transaction('rw', db.visits, db.outbox, db.settings, async () => {
    const reads = readNameAndParty(party.partyId);
    const written = addParty(visits, guessed.localDay);
    // Either may fail while the other is awaited; the transaction is undone then and the first
    // failure is the one thrown.
    written.catch(() => undefined);
    const [deviceId, stored, centre] = await reads;
    const stamp = party.stampFor(centre);
    if (
      stored.length > 0 ||
      deviceId !== guess ||
      stamp.visitedAt !== guessed.visitedAt ||
      stamp.localDay !== guessed.localDay
    ) {
      throw new Undone(stored);
    }
    await written;
    return [...visits].sort(partyOrder);
  });
}

/**
 * Withdraws a check-in (a mistap): every visit of the party that is not voided yet becomes voided and
 * is queued to be sent again, so the withdrawal reaches the endpoint too. Nothing is deleted. Returns
 * how many visits changed; undoing twice changes nothing the second time.
 */
export async function undoCheckIn(partyId: string): Promise<number> {
  if (typeof partyId !== 'string' || partyId === '')
    throw new Error('Undo needs the partyId of the check-in.');
  return writing(() =>
    db.transaction('rw', db.visits, db.outbox, db.quarantine, async () => {
      const party = await db.visits.where('partyId').equals(partyId).toArray();
      const withdrawn = party
        .filter((visit) => !visit.voided)
        .map((visit) => ({ ...visit, voided: true }));
      await db.visits.bulkPut(withdrawn);
      await enqueueAgain(withdrawn);
      return withdrawn.length;
    }),
  );
}

function assertDay(day: string): void {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new Error(`A day is written YYYY-MM-DD, not ${JSON.stringify(day)}.`);
  }
}

/**
 * Every visit recorded on this tablet whose local date (in the centre's time zone) is `day`,
 * withdrawn ones too, in no set order: what counting needs, without sorting it does not.
 */
export async function everyVisitOn(day: string): Promise<StoredVisit[]> {
  assertDay(day);
  return db.visits.where('localDate').equals(day).toArray();
}

/**
 * The visits recorded on this tablet whose local date (in the centre's time zone) is `day`, in time
 * order. Withdrawn visits are left out unless asked for, as in the sync API.
 */
export async function visitsOn(
  day: string,
  options: { includeVoided?: boolean } = {},
): Promise<StoredVisit[]> {
  const visits = await everyVisitOn(day);
  return visits
    .filter((visit) => options.includeVoided === true || !visit.voided)
    .sort(
      (a, b) =>
        Date.parse(a.visitedAt) - Date.parse(b.visitedAt) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
