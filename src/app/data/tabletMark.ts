// The tablet's mark: a few facts about its database kept outside it, in localStorage, so that a
// database the browser emptied (site data cleared, storage evicted) is recognised instead of being
// taken for a new tablet. The database holds a random id (a settings row); the mark holds the same
// id with the tablet's name, its pairing and how many visits were waiting to be sent. A database
// with another id, or none, while the mark remembers one, was emptied: staff are told how many
// visits were lost with it, and the new database gets the name and pairing back from the mark.
// The pairing's token is kept here as in the database: on this tablet, for this site only.
// Nothing here touches the database itself (db.ts reads the mark when it makes a new one).
import { isToken } from '../../shared/api/token';
import { isDeviceId } from '../../shared/visitFields';

/** The settings rows the mark mirrors; the pairing's is the one syncSettings.ts keeps it in. */
export const DATABASE_ID_KEY = 'databaseId';
export const DEVICE_ID_KEY = 'deviceId';
export const PAIRING_KEY = 'syncPairing';

const MARK_KEY = 'velkommen.tabletMark';
const WIPES_KEY = 'velkommen.databaseWiped';
/** One emptying after another is possible; staff need the newest, not an endless list. */
const MAX_WIPES = 10;

export interface Pairing {
  endpoint: string | null;
  token: string;
  /** The server's id for the tablet's own key; null or absent for the shared token. */
  device?: string | null;
}

/** What the database held when the mark was last brought up to date. */
export interface TabletMark {
  databaseId: string;
  deviceId: string | null;
  pairing: Pairing | null;
  /** Visits the server had not confirmed: waiting to be sent, or refused. */
  waiting: number;
}

/** What the database holds now, read in one transaction; no id yet in a new or older database. */
export interface FoundInDatabase {
  databaseId: string | null;
  deviceId: string | null;
  pairing: Pairing | null;
  waiting: number;
}

/** An emptied database, as staff are told of it until they have seen it. */
export interface Wipe {
  /** Epoch milliseconds when it was noticed. */
  at: number;
  /** The visits that were waiting to be sent, and went with the database. */
  lost: number;
  /** The tablet's name now. */
  deviceId: string | null;
  /** Whether that is the name it had before (taken back from the mark). */
  nameKept: boolean;
  /** Whether it is still paired with the server it was paired with before. */
  pairingKept: boolean;
  /** The new database's id: one emptying noticed by two tabs is told once. */
  databaseId: string;
}

function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is switched off.
    return null;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export function isPairing(value: unknown): value is Pairing {
  if (typeof value !== 'object' || value === null) return false;
  const { endpoint, token, device }: Record<string, unknown> = { ...value };
  return (
    (endpoint === null || typeof endpoint === 'string') &&
    isToken(token) &&
    (device === undefined || device === null || typeof device === 'string')
  );
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && isDeviceId(value);
}

export function isMark(value: unknown): value is TabletMark {
  if (typeof value !== 'object' || value === null) return false;
  const { databaseId, deviceId, pairing, waiting }: Record<string, unknown> = { ...value };
  return (
    typeof databaseId === 'string' &&
    databaseId !== '' &&
    (deviceId === null || isName(deviceId)) &&
    (pairing === null || isPairing(pairing)) &&
    isCount(waiting)
  );
}

function isWipe(value: unknown): value is Wipe {
  if (typeof value !== 'object' || value === null) return false;
  const { at, lost, deviceId, nameKept, pairingKept, databaseId }: Record<string, unknown> = {
    ...value,
  };
  return (
    typeof at === 'number' &&
    Number.isFinite(at) &&
    isCount(lost) &&
    (deviceId === null || isName(deviceId)) &&
    typeof nameKept === 'boolean' &&
    typeof pairingKept === 'boolean' &&
    typeof databaseId === 'string'
  );
}

function readJson(key: string): unknown {
  try {
    const raw = localStore()?.getItem(key);
    return raw === null || raw === undefined ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

/** The mark as kept, or null where there is none (or none that can be read). */
export function readMark(): TabletMark | null {
  const kept = readJson(MARK_KEY);
  return isMark(kept) ? kept : null;
}

/** Keeps the mark; writes only what changed, and never throws (the mark is a help, not a need). */
export function writeMark(mark: TabletMark): void {
  const text = JSON.stringify(mark);
  try {
    const store = localStore();
    if (store === null || store.getItem(MARK_KEY) === text) return;
    store.setItem(MARK_KEY, text);
  } catch {
    // localStorage is full or off: the next change tries again.
  }
}

/**
 * The settings rows a new database starts with: the name and pairing the mark remembers, each only
 * where the database has none yet (`present`), so nothing made since is ever overwritten.
 */
export function rowsFromMark(
  mark: TabletMark | null,
  present: { deviceId: boolean; pairing: boolean } = { deviceId: false, pairing: false },
): { key: string; value: unknown }[] {
  if (mark === null) return [];
  return [
    ...(mark.deviceId !== null && !present.deviceId
      ? [{ key: DEVICE_ID_KEY, value: mark.deviceId }]
      : []),
    ...(mark.pairing !== null && !present.pairing
      ? [
          {
            key: PAIRING_KEY,
            value: {
              endpoint: mark.pairing.endpoint,
              token: mark.pairing.token,
              device: mark.pairing.device ?? null,
            },
          },
        ]
      : []),
  ];
}

function samePairing(a: Pairing | null, b: Pairing | null): boolean {
  return a !== null && b !== null && a.endpoint === b.endpoint && a.token === b.token;
}

/**
 * Compares the mark with the database, which has an id by now. The same id: the mark follows the
 * database. Another id while the mark remembers one: the database was emptied, and the visits the
 * mark counted as waiting went with it. No mark yet (a new tablet, or localStorage cleared on its
 * own): the mark starts from the database, since nothing says anything was lost.
 */
export function judge(
  mark: TabletMark | null,
  found: FoundInDatabase & { databaseId: string },
  now: number,
): { mark: TabletMark; wipe: Wipe | null } {
  const next: TabletMark = {
    databaseId: found.databaseId,
    deviceId: found.deviceId,
    pairing: found.pairing,
    waiting: found.waiting,
  };
  if (mark === null || mark.databaseId === found.databaseId) return { mark: next, wipe: null };
  return {
    mark: next,
    wipe: {
      at: now,
      lost: mark.waiting,
      deviceId: found.deviceId,
      nameKept: mark.deviceId !== null && mark.deviceId === found.deviceId,
      pairingKept: samePairing(mark.pairing, found.pairing),
      databaseId: found.databaseId,
    },
  };
}

// The emptyings staff have not seen yet. Kept in localStorage beside the mark; when that refuses,
// in memory for this session, so that staff still hear of it.
let wipesInMemory: Wipe[] | null = null;
const wipeListeners = new Set<() => void>();

function notifyWipes(): void {
  for (const listener of wipeListeners) listener();
}

/** The emptyings staff have not seen yet, oldest first. */
export function unseenWipes(): Wipe[] {
  if (wipesInMemory !== null) return [...wipesInMemory];
  const kept = readJson(WIPES_KEY);
  return Array.isArray(kept) ? kept.filter(isWipe) : [];
}

function keepWipes(wipes: Wipe[]): void {
  try {
    const store = localStore();
    if (store === null) throw new Error('No localStorage.');
    if (wipes.length === 0) store.removeItem(WIPES_KEY);
    else store.setItem(WIPES_KEY, JSON.stringify(wipes));
    wipesInMemory = null;
  } catch {
    wipesInMemory = wipes;
  }
  notifyWipes();
}

/** Notes an emptying for staff; false when that one was noted already (by another tab). */
export function noteWipe(wipe: Wipe): boolean {
  const wipes = unseenWipes();
  if (wipes.some((known) => known.databaseId === wipe.databaseId)) return false;
  keepWipes([...wipes, wipe].slice(-MAX_WIPES));
  return true;
}

/** Staff have seen them. */
export function clearWipes(): void {
  keepWipes([]);
}

/** Calls `listener` whenever the unseen emptyings change, in this tab or another. */
export function onWipes(listener: () => void): () => void {
  wipeListeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === WIPES_KEY || event.key === null) listener();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', fromOtherTab);
  return () => {
    wipeListeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', fromOtherTab);
  };
}
