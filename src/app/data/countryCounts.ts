// Which countries women at this centre chose before, read from this tablet's own visits, so the
// kiosk's long lists can put them first. Only the latest visits are read, newest first along an
// index, so a tap costs the same on the first day and after years; the counts themselves never
// leave this function, and a country chosen only once or twice does not move, so the order does
// not give away that one particular woman came.
import { db } from './db';

/** About two months of check-ins at a busy centre: recent enough to follow who comes now. */
const RECENT_VISITS = 3000;
/** Fewer check-ins than this leave a country in its place by name. */
const MIN_CHECK_INS = 3;

/**
 * Country codes chosen in at least three of the tablet's recent check-ins, most chosen first (ties
 * by code). A check-in counts once however many children came with her; volunteers' days, undone
 * check-ins and "I prefer not to say" do not count.
 */
export async function countriesChosenBefore(): Promise<string[]> {
  const countryOf = new Map<string, string>();
  await db.visits
    .orderBy('recordedAt')
    .reverse()
    .limit(RECENT_VISITS)
    .each((visit) => {
      if (visit.voided || visit.kind === 'volunteer' || visit.country === null) return;
      countryOf.set(visit.partyId, visit.country);
    });
  const counts = new Map<string, number>();
  for (const country of countryOf.values()) counts.set(country, (counts.get(country) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= MIN_CHECK_INS)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([code]) => code);
}
