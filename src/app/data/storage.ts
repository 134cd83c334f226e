// What the browser promises about the tablet's storage: whether it will keep the visits even when
// the device runs short of space (persistent storage), and how much room is used and left. Every
// answer may be missing (an older browser, private mode), so each part is optional rather than an
// error: the staff view then says it does not know, calmly.

export interface StorageState {
  /** true: the browser will not clear the data by itself; false: it may; null: it cannot say. */
  persisted: boolean | null;
  /** Bytes this app uses, when the browser tells. */
  usage?: number;
  /** Bytes this app may use in all, when the browser tells. */
  quota?: number;
}

/** Below this share of the quota left, the staff view warns that space runs low. */
const LOW_SPACE_SHARE = 0.1;

type StorageApi = Partial<Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>>;

function browserStorage(): StorageApi | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

function byteCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Whether storage is persistent, and the space used and allowed; never throws. */
export async function storageStatus(
  storage: StorageApi | undefined = browserStorage(),
): Promise<StorageState> {
  const state: StorageState = { persisted: null };
  try {
    if (typeof storage?.persisted === 'function') state.persisted = await storage.persisted();
  } catch {
    state.persisted = null;
  }
  try {
    if (typeof storage?.estimate === 'function') {
      const estimate = await storage.estimate();
      const usage = byteCount(estimate.usage);
      const quota = byteCount(estimate.quota);
      if (usage !== undefined) state.usage = usage;
      if (quota !== undefined && quota > 0) state.quota = quota;
    }
  } catch {
    // No figures: the view shows what it has.
  }
  return state;
}

/**
 * Asks the browser to keep this app's data however short of space the device gets. Resolves with
 * the browser's answer, or null where it cannot be asked. Chromium decides by itself (an installed
 * app is usually granted), so asking again later may get a different answer.
 */
export async function requestPersistence(
  storage: StorageApi | undefined = browserStorage(),
): Promise<boolean | null> {
  try {
    if (typeof storage?.persist !== 'function') return null;
    return await storage.persist();
  } catch {
    return null;
  }
}

/** The share of the quota still free (0 to 1), or null without both figures. */
export function freeShare(state: StorageState): number | null {
  if (state.usage === undefined || state.quota === undefined) return null;
  return Math.min(1, Math.max(0, (state.quota - state.usage) / state.quota));
}

interface StorageWarnings {
  /** The browser said no to persistent storage. */
  notPersisted: boolean;
  /** Less than LOW_SPACE_SHARE of the quota is left. */
  lowSpace: boolean;
}

export function storageWarnings(state: StorageState): StorageWarnings {
  const free = freeShare(state);
  return {
    notPersisted: state.persisted === false,
    lowSpace: free !== null && free < LOW_SPACE_SHARE,
  };
}

const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count as people read it: "2,4 MB" in Danish, "2.4 MB" in English (powers of 1000). */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes) / 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
