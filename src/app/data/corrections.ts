// Correcting a check-in's answers (country, municipality, who came) without starting over: the
// visits that no longer hold are voided and the missing ones added under the same party, the same
// quarter hour and the same tablet name. Nothing is rewritten or deleted, so the endpoint, the
// reports and the tablet's receipt follow the change exactly as they follow a void and a check-in.
import { AGE_GROUPS } from '../../shared/visitFields';
import type { Visit } from '../../shared/visit';
import { checkInProblem, validVisit } from './checkins';
import type { StoredVisit } from './db';
import { db, writing } from './db';
import { enqueue, enqueueAgain } from './outbox';

export interface Correction {
  /** The check-in to correct. */
  partyId: string;
  country: string | null;
  municipality: string | null;
  /** Whether the woman herself came; false when a child came alone. */
  adult: boolean;
  children: number;
}

export interface CorrectionResult {
  /** Visits voided by the correction. */
  voided: number;
  /** Visits added by it. */
  added: number;
}

const byId = (a: Visit, b: Visit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Changes a check-in's answers. With the same country and municipality, only the difference in
 * people changes (one child fewer voids one child's visit; one more adds one); with another
 * country or municipality every visit of the party is voided and the party recorded anew with the
 * new answers. Returns what changed.
 *
 * Offline: this only ever writes to the tablet, in one transaction: the voids are queued again and
 * the new visits queued, all to be sent when the endpoint can be reached, whole or not at all.
 *
 * Double tap: the change is worked out inside the transaction from what is stored, so a second
 * call with the same answers finds them already in place and changes nothing.
 *
 * Throws an Error naming the problem for answers a check-in could not have, for a party this tablet
 * does not hold, a withdrawn one (check her in again on the kiosk) or a volunteer's day.
 */
export async function correctCheckIn(correction: Correction): Promise<CorrectionResult> {
  const { partyId, country, municipality, adult, children } = correction;
  if (typeof partyId !== 'string' || partyId === '')
    throw new Error('A correction needs the partyId of the check-in.');
  const problem = checkInProblem({
    partyId,
    kind: 'visitor',
    country,
    municipality,
    adult,
    children,
  });
  if (problem !== null) throw new Error(problem);

  return writing(() =>
    db.transaction('rw', db.visits, db.outbox, db.quarantine, async () => {
      const party = await db.visits.where('partyId').equals(partyId).toArray();
      const live = party.filter((visit) => !visit.voided).sort(byId);
      const [first] = live;
      if (first === undefined) {
        throw new Error(
          party.length === 0
            ? 'This tablet holds no check-in with that party id.'
            : 'This check-in was withdrawn; check her in again on the kiosk instead.',
        );
      }
      if (first.kind === 'volunteer')
        throw new Error('A volunteer’s day has no answers to correct; withdraw it instead.');

      const sameAnswers = live.every(
        (visit) => visit.country === country && visit.municipality === municipality,
      );
      const toVoid: StoredVisit[] = [];
      const toAdd: Visit[] = [];
      for (const ageGroup of AGE_GROUPS) {
        const wanted = ageGroup === 'adult' ? (adult ? 1 : 0) : children;
        const have = live.filter((visit) => visit.ageGroup === ageGroup);
        const kept = sameAnswers ? Math.min(wanted, have.length) : 0;
        toVoid.push(...have.slice(kept));
        for (let i = kept; i < wanted; i++) {
          toAdd.push(
            validVisit({
              id: crypto.randomUUID(),
              visitedAt: first.visitedAt,
              country,
              municipality,
              ageGroup,
              partyId,
              deviceId: first.deviceId,
              voided: false,
              kind: 'visitor',
            }),
          );
        }
      }

      const voided = toVoid.map((visit) => ({ ...visit, voided: true }));
      const recordedAt = Date.now();
      await db.visits.bulkPut(voided);
      await enqueueAgain(voided);
      await db.visits.bulkAdd(
        toAdd.map((visit): StoredVisit => ({ ...visit, localDate: first.localDate, recordedAt })),
      );
      await enqueue(toAdd);
      return { voided: voided.length, added: toAdd.length };
    }),
  );
}
