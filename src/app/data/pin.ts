// The staff PIN. Only a slow, salted hash of it is kept (PBKDF2-SHA256 through WebCrypto), never the
// PIN itself, so reading the tablet's storage does not give it away. Wrong tries are counted in
// storage too, so five of them pause the PIN for a minute even across a reload or a second tab.
import { z } from 'zod/mini';
import { db, writing } from './db';

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;
/** OWASP's figure for PBKDF2-HMAC-SHA256; about half a second on a modest tablet. */
export const PIN_ITERATIONS = 600_000;
export const MAX_WRONG_TRIES = 5;
export const PAUSE_MS = 60_000;

const SALT_BYTES = 16;
const HASH_BITS = 256;
const PIN_KEY = 'staffPin';
const LOCK_KEY = 'staffPinLock';

/** What is stored for the PIN: nothing else. A row that is not this reads as no PIN. */
const StoredPinSchema = z.object({
  salt: z.string(),
  hash: z.string(),
  iterations: z.number().check(z.int(), z.positive()),
});

type StoredPin = z.output<typeof StoredPinSchema>;

// A count or pause that cannot be read is no count and no pause, never a PIN locked for good.
const PinLockSchema = z.catch(
  z.object({
    /** Wrong tries since the last right one or the last pause. */
    wrong: z.catch(z.number().check(z.int(), z.positive()), 0),
    /** Epoch milliseconds until which every try is refused. */
    pausedUntil: z.catch(z.nullable(z.number()), null),
  }),
  () => ({ wrong: 0, pausedUntil: null }),
);

type PinLock = z.output<typeof PinLockSchema>;

type PinCheck = { ok: true } | { ok: false; retryAt?: number };

export function isPinFormat(pin: string): boolean {
  return (
    typeof pin === 'string' && new RegExp(`^\\d{${PIN_MIN_LENGTH},${PIN_MAX_LENGTH}}$`).test(pin)
  );
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

// Looks at every byte whatever the first difference, so the time taken says nothing about the hash.
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function readStoredPin(value: unknown): StoredPin | null {
  const stored = StoredPinSchema.safeParse(value);
  return stored.success ? stored.data : null;
}

function readLock(value: unknown): PinLock {
  return PinLockSchema.parse(value);
}

/**
 * The pause in force at `now`, or null. A pause reaching more than a minute ahead means the
 * tablet's clock was set back; it then counts as a fresh minute from now rather than lasting for ever.
 */
function pauseAt(lock: PinLock, now: number): number | null {
  if (lock.pausedUntil === null || lock.pausedUntil <= now) return null;
  return Math.min(lock.pausedUntil, now + PAUSE_MS);
}

export async function hasPin(): Promise<boolean> {
  const row = await db.settings.get(PIN_KEY);
  return readStoredPin(row?.value) !== null;
}

/** Until when wrong tries have paused the PIN, or null when a try may be made now. */
export async function pinPausedUntil(now: number = Date.now()): Promise<number | null> {
  const row = await db.settings.get(LOCK_KEY);
  return pauseAt(readLock(row?.value), now);
}

/**
 * Keeps a new PIN (4 to 8 digits) as salt, hash and iteration count, replacing any earlier one and
 * forgetting wrong tries. Whoever calls this must already have checked that the person may.
 */
export async function setPin(pin: string): Promise<void> {
  if (!isPinFormat(pin)) {
    throw new Error(`A PIN is ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits.`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, PIN_ITERATIONS);
  const stored: StoredPin = {
    salt: toBase64(salt),
    hash: toBase64(hash),
    iterations: PIN_ITERATIONS,
  };
  await writing(() =>
    db.transaction('rw', db.settings, async () => {
      await db.settings.put({ key: PIN_KEY, value: stored });
      await db.settings.delete(LOCK_KEY);
    }),
  );
}

/**
 * Checks a PIN. While paused every try is refused, the right PIN too, with the time it may be tried
 * again; the fifth wrong try in a row starts a pause of a minute. With no PIN set nothing matches.
 */
export async function verifyPin(pin: string, now: number = Date.now()): Promise<PinCheck> {
  const [pinRow, lockRow] = await db.settings.bulkGet([PIN_KEY, LOCK_KEY]);
  const lock = readLock(lockRow?.value);
  const paused = pauseAt(lock, now);
  if (paused !== null) {
    // After the clock was set back the shortened pause is kept, so it ends where it says it does.
    if (paused !== lock.pausedUntil) {
      await writing(() =>
        db.settings.put({ key: LOCK_KEY, value: { wrong: 0, pausedUntil: paused } }),
      );
    }
    return { ok: false, retryAt: paused };
  }
  const stored = readStoredPin(pinRow?.value);
  if (stored === null) return { ok: false };

  // The slow hash runs outside the transaction (IndexedDB would commit it while WebCrypto works);
  // the count is then updated in one transaction that looks again, so two tries at once both count
  // and a pause another try started meanwhile still holds.
  const right =
    isPinFormat(pin) &&
    sameBytes(
      await derive(pin, fromBase64(stored.salt), stored.iterations),
      fromBase64(stored.hash),
    );

  return writing(() =>
    db.transaction('rw', db.settings, async (): Promise<PinCheck> => {
      const lock = readLock((await db.settings.get(LOCK_KEY))?.value);
      const pausedMeanwhile = pauseAt(lock, now);
      if (pausedMeanwhile !== null) return { ok: false, retryAt: pausedMeanwhile };
      if (right) {
        await db.settings.delete(LOCK_KEY);
        return { ok: true };
      }
      // A pause is written with a count of nought, so once it has run out the count starts afresh.
      const wrong = lock.wrong + 1;
      if (wrong >= MAX_WRONG_TRIES) {
        const retryAt = now + PAUSE_MS;
        await db.settings.put({ key: LOCK_KEY, value: { wrong: 0, pausedUntil: retryAt } });
        return { ok: false, retryAt };
      }
      await db.settings.put({ key: LOCK_KEY, value: { wrong, pausedUntil: null } });
      return { ok: false };
    }),
  );
}
