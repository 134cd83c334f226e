// The tablet's name, sent with every visit so the centre can tell its tablets apart. It is made once,
// on first use, and kept in the settings table; staff may rename the tablet (e.g. "door-1").
import { isDeviceId } from '../../shared/visitFields';
import { db, writing } from './db';
import { DEVICE_ID_KEY } from './tabletMark';

const NAME_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  // The slight modulo bias is harmless: the name only has to differ from the centre's other tablets.
  const suffix = Array.from(bytes, (byte) =>
    NAME_ALPHABET.charAt(byte % NAME_ALPHABET.length),
  ).join('');
  return `tablet-${suffix}`;
}

// The name last read or written on this page: only a guess, which a check-in checks inside its own
// transaction (another tab may rename the tablet, a test may delete the database).
let lastSeen: string | null = null;

/** The tablet's name as this page last saw it, or null; never trusted without reading it again. */
export function lastSeenDeviceId(): string | null {
  return lastSeen;
}

/** The tablet's name; made and stored on first use. Concurrent first calls agree on one name. */
export async function getDeviceId(): Promise<string> {
  return writing(() => db.transaction('rw', db.settings, deviceIdHere));
}

/**
 * The tablet's name as getDeviceId gives it, read (or made) inside the caller's 'rw' transaction,
 * which must hold db.settings, so a check-in reads it in the transaction that writes the visits.
 */
export async function deviceIdHere(): Promise<string> {
  const stored = await storedDeviceId();
  if (stored !== null) return stored;
  const made = newDeviceId();
  await db.settings.put({ key: DEVICE_ID_KEY, value: made });
  lastSeen = made;
  return made;
}

/**
 * The tablet's name as stored, read without writing (a sync pass reports it and must not contend
 * with a check-in's write); null before one is made.
 */
export async function storedDeviceId(): Promise<string | null> {
  const stored = (await db.settings.get(DEVICE_ID_KEY))?.value;
  if (typeof stored !== 'string' || !isDeviceId(stored)) return null;
  lastSeen = stored;
  return stored;
}

/** Renames the tablet. Visits already recorded keep the name they were recorded with. */
export async function setDeviceId(name: string): Promise<void> {
  // The rule the endpoint applies to deviceId, so a name accepted here is never rejected on sync.
  if (typeof name !== 'string' || !isDeviceId(name)) {
    throw new Error(
      `The tablet name ${JSON.stringify(name)} cannot be used: it must be 1 to 64 letters, digits, punctuation marks or plain spaces, not only spaces, with no control, direction, zero-width or other invisible characters.`,
    );
  }
  await writing(() => db.settings.put({ key: DEVICE_ID_KEY, value: name }));
  lastSeen = name;
}
