// Storage problems the tablet ran into, kept for the staff view: a full disk, storage that cannot be
// written at all, a connection the browser closed, an upgrade held up by another tab, a database
// the browser emptied (with how many visits went with it, see tabletMark.ts). They are kept
// in localStorage, not in the database, because the database is what failed: a note about a full
// IndexedDB must not need IndexedDB. When even localStorage refuses, they live on for this session.

type StorageProblemKind =
  /** A write was refused because the storage is full; nothing of it was kept. */
  | 'full'
  /** The test write at start failed: private window, storage switched off, or no IndexedDB. */
  | 'unwritable'
  /** The browser closed the database connection; it was opened again and the write retried. */
  | 'connectionLost'
  /** An upgrade of the database waited for another open tab of Velkommen to let go. */
  | 'upgradeBlocked'
  /** The browser emptied the database; `count` visits were waiting to be sent and are lost. */
  | 'wiped';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** Epoch milliseconds. */
  at: number;
  /** The browser's own words, for whoever looks into it. */
  detail: string;
  /** How many visits it concerns, where that is part of the problem ('wiped'). */
  count?: number;
}

const KEY = 'velkommen.storageProblems';
/** The newest ones are what matters; an old tablet must not fill its storage with notes about it. */
export const MAX_KEPT = 20;
const KINDS: readonly StorageProblemKind[] = [
  'full',
  'unwritable',
  'connectionLost',
  'upgradeBlocked',
  'wiped',
];

let inMemory: StorageProblem[] = [];
/** Whether the last change reached localStorage; when not, memory holds the newer list. */
let lastChangeKept = true;
const listeners = new Set<() => void>();

function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is switched off.
    return null;
  }
}

function isProblem(value: unknown): value is StorageProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, at, detail, count }: Record<string, unknown> = { ...value };
  return (
    KINDS.some((known) => known === kind) &&
    typeof at === 'number' &&
    Number.isFinite(at) &&
    typeof detail === 'string' &&
    (count === undefined || (typeof count === 'number' && Number.isInteger(count) && count >= 0))
  );
}

function readKept(): StorageProblem[] | null {
  try {
    const raw = localStore()?.getItem(KEY);
    if (raw === null || raw === undefined) return null;
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isProblem) : [];
  } catch {
    return null;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** The problems recorded on this tablet, oldest first. */
export function storageProblems(): StorageProblem[] {
  const kept = lastChangeKept ? readKept() : null;
  return kept ?? [...inMemory];
}

/** Notes a problem for staff. Never throws: a note that cannot be kept must not hide the problem itself. */
export function recordStorageProblem(
  kind: StorageProblemKind,
  detail: string,
  at: number = Date.now(),
  count?: number,
): void {
  const problem: StorageProblem = { kind, at, detail: detail.slice(0, 500) };
  if (count !== undefined) problem.count = count;
  const next = [...storageProblems(), problem].slice(-MAX_KEPT);
  inMemory = next;
  try {
    const store = localStore();
    store?.setItem(KEY, JSON.stringify(next));
    lastChangeKept = store !== null;
  } catch {
    // localStorage is full or off as well: the note stays in memory for this session.
    lastChangeKept = false;
  }
  notify();
}

/** Staff have seen them. */
export function clearStorageProblems(): void {
  inMemory = [];
  try {
    localStore()?.removeItem(KEY);
    lastChangeKept = true;
  } catch {
    lastChangeKept = false;
  }
  notify();
}

/** Calls `listener` whenever the problems change, in this tab or (through localStorage) another. */
export function onStorageProblems(listener: () => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', fromOtherTab);
  };
}

/** A short description of an error for `detail`. */
export function describeError(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) {
    return error.message ? `${error.name}: ${error.message}` : error.name;
  }
  return String(error);
}
