// The test write at start: before the kiosk asks a woman anything it writes a probe row and deletes
// it again, in one transaction, so it knows a check-in can be kept. Storage that refuses (a private
// window, storage switched off, a full disk) or never answers turns the kiosk into a calm "please
// fetch a staff member" screen instead of a kiosk that pretends to record.
// The kiosk's first screen waits for it, so only the write itself is here: what a failure needs
// (db.ts's rules for a full disk or a lost connection, the note for staff) loads when one happens.
import { db } from './database';

export type StorageCheck =
  { ok: true } | { ok: false; reason: 'full' | 'unavailable' | 'timeout'; detail: string };

/** The probe's key in the settings table; never left behind. */
export const PROBE_KEY = 'storageProbe';
/** A database that has not answered by then (an upgrade stuck behind another tab) counts as failed. */
const CHECK_TIMEOUT_MS = 10_000;

class NoAnswer extends Error {
  override name = 'TimeoutError';
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new NoAnswer(`The storage did not answer within ${ms} ms.`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Writes and deletes a probe row; never throws. A failure is noted for the staff view. */
export async function checkStorage(options: { timeoutMs?: number } = {}): Promise<StorageCheck> {
  try {
    // Both requests are queued at once: IndexedDB runs them in order within the transaction,
    // and nothing waits between them that could let the transaction end early.
    const probe = () =>
      db.transaction('rw', db.settings, () =>
        Promise.all([
          db.settings.put({ key: PROBE_KEY, value: Date.now() }),
          db.settings.delete(PROBE_KEY),
        ]),
      );
    // As writing() (db.ts) would: a full disk or a lost connection noted, the latter tried again.
    const written = Promise.resolve()
      .then(probe)
      .catch((error: unknown) =>
        import('./db').then(({ writingAfter }) => writingAfter(error, probe)),
      );
    await within(written, options.timeoutMs ?? CHECK_TIMEOUT_MS);
    return { ok: true };
  } catch (error) {
    return failed(error).catch(() => ({ ok: false, reason: 'unavailable', detail: String(error) }));
  }
}

async function failed(error: unknown): Promise<StorageCheck> {
  const [{ StorageFullError }, { describeError, recordStorageProblem }] = await Promise.all([
    import('./db'),
    import('./storageProblems'),
  ]);
  const detail = describeError(error);
  // writingAfter() has noted a full disk already.
  if (error instanceof StorageFullError) return { ok: false, reason: 'full', detail };
  recordStorageProblem('unwritable', detail);
  return { ok: false, reason: error instanceof NoAnswer ? 'timeout' : 'unavailable', detail };
}
