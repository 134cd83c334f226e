// Made-up visits for the benchmarks, the same on every run: a woman and her children checking in
// on the centre's open days (Monday to Friday, 9 to 16), mostly from the featured countries and
// municipalities, with a few volunteers and mistaps. Runs in Node and in the bench page alike.
import { DEFAULT_FEATURED_COUNTRIES } from '../../../src/shared/countries';
import { DEFAULT_FEATURED_MUNICIPALITIES } from '../../../src/shared/municipalities';
import { toQuarterHour } from '../../../src/shared/time';
import type { AgeGroup, Visit } from '../../../src/shared/visit';

export interface VisitPlan {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD, included. */
  to: string;
  /** Exactly this many visits, spread evenly over the open days. */
  total: number;
  /** The same seed gives the same visits, ids included. */
  seed: number;
  /** The tablet's name in every visit. */
  deviceId: string;
}

/** mulberry32: small, fast and good enough to make plausible data repeatably. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A version 4 UUID drawn from `random`, so ids repeat from run to run. */
export function uuidFrom(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((byte) => HEX[byte] ?? '00').join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The centre's open days from `from` to `to`, both included: Monday to Friday. */
export function openDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = dayAfter(day)) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return days;
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Nothing to pick from.');
  return item;
}

// Most women come from a featured country; some from elsewhere, some prefer not to say.
const OTHER_COUNTRIES = ['VN', 'TH', 'PH', 'RO', 'PL', 'BA', 'RU', 'CN', 'BR', 'ET', 'KE', 'NG'];

export function countryOf(random: () => number): string | null {
  const r = random();
  if (r < 0.08) return null;
  if (r < 0.2) return pick(OTHER_COUNTRIES, random);
  return pick(DEFAULT_FEATURED_COUNTRIES, random);
}

export function municipalityOf(random: () => number): string | null {
  const r = random();
  if (r < 0.06) return null;
  if (r < 0.15) return pick(['461', '751', '851', '561', '250', '230'], random);
  return pick(DEFAULT_FEATURED_MUNICIPALITIES, random);
}

function childrenOf(random: () => number): number {
  const r = random();
  return r < 0.6 ? 0 : r < 0.8 ? 1 : r < 0.92 ? 2 : 3;
}

/**
 * The plan's visits, day by day and party by party, as the tablet would send them. A party that
 * would overshoot a day's share is cut short, so the total is exact.
 */
export function* plannedVisits(plan: VisitPlan): Generator<Visit> {
  const random = randomFrom(plan.seed);
  const days = openDays(plan.from, plan.to);
  if (days.length === 0) throw new Error(`No open day from ${plan.from} to ${plan.to}.`);
  for (const [index, day] of days.entries()) {
    let left =
      Math.floor(((index + 1) * plan.total) / days.length) -
      Math.floor((index * plan.total) / days.length);
    if (left === 0) continue;
    // The offset of the day (summer or winter time); the clocks change on Sunday nights, when
    // the centre is closed.
    const offset = toQuarterHour(new Date(`${day}T12:00:00Z`)).slice(19);
    while (left > 0) {
      const quarter = Math.floor(random() * 28); // 09:00 to 15:45
      const hour = String(9 + Math.floor(quarter / 4)).padStart(2, '0');
      const minute = String((quarter % 4) * 15).padStart(2, '0');
      const visitedAt = `${day}T${hour}:${minute}:00${offset}`;
      const partyId = uuidFrom(random);
      const voided = random() < 0.01;
      if (random() < 0.03) {
        left -= 1;
        yield {
          id: uuidFrom(random),
          visitedAt,
          country: null,
          municipality: null,
          ageGroup: 'adult',
          partyId,
          deviceId: plan.deviceId,
          voided,
          kind: 'volunteer',
        };
        continue;
      }
      const country = countryOf(random);
      const municipality = municipalityOf(random);
      const people: AgeGroup[] = ['adult', ...Array<AgeGroup>(childrenOf(random)).fill('child')];
      for (const ageGroup of people.slice(0, left)) {
        left -= 1;
        yield {
          id: uuidFrom(random),
          visitedAt,
          country,
          municipality,
          ageGroup,
          partyId,
          deviceId: plan.deviceId,
          voided,
          kind: 'visitor',
        };
      }
    }
  }
}

/** The plan's visits in arrays of at most `size`, for bulk writes. */
export function* visitChunks(plan: VisitPlan, size: number): Generator<Visit[]> {
  let chunk: Visit[] = [];
  for (const visit of plannedVisits(plan)) {
    chunk.push(visit);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
