// The tablet's sync loop: delivers every pending visit to the endpoint (delivery.ts), so a visit
// reaches the server exactly once whatever the network does. One delivery at a time per tablet,
// across tabs, through a lock; between attempts it waits with jittered backoff (schedule.ts), and it
// wakes on a nudge (handle.ts), on `online`, when the page is shown again, and every minute while
// anything is pending. After each pass that reached the server, a tablet with a key of its own
// tells the server how it is (deviceStatus.ts); a key the server withdrew stops the loop until the
// tablet is paired again. This file is the wiring: the page's events, the address bar, the lock and
// the status staff see, and what the server's answers say of its clock and the centre's zone.
import { MAX_BATCH, outboxState, outboxWaiting, waitingForServerClock } from '../data/outbox';
import { storedDeviceId } from '../data/device';
import {
  adoptCentreTimeZone,
  centreClock,
  getSyncSettings,
  markKeyRevoked,
  recordClockCheck,
} from '../data/syncSettings';
import { DEFAULT_TIMEOUT_MS } from '../http/apiRequest';
import { APP_VERSION } from '../pwa/version';
import type { BackoffOptions } from './backoff';
import { DEFAULT_BACKOFF } from './backoff';
import type { ProblemCode } from './client';
import { REVOKED_MESSAGE } from './client';
import type { ClockCheck, ServerNews } from './clock';
import { serverNow } from './clock';
import type { DeliveryEnd } from './delivery';
import { deliverAll, DROP_EVERY } from './delivery';
import { reportsAfter, sendStatus, statusReport } from './deviceStatus';
import type { SyncWake, SyncWakeups } from './handle';
import { createSyncHandle } from './handle';
import type { SyncLock } from './lock';
import { defaultLock } from './lock';
import type { KeyProblem } from './ownKey';
import { defaultEndpoint, pairFromLocation } from './pairing';
import { createScheduler, systemClock } from './schedule';
import type { SyncProblem, SyncStatusStore } from './status';
import { newerSuccess } from './status';

type EventSource = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface SyncOptions {
  /** The status the loop reports to (the page's, from its services). */
  status: SyncStatusStore;
  /** The nudges the loop follows: the page's, from its services. */
  wakeups?: SyncWakeups;
  /** One delivery at a time: Web Locks in the browser, a lock in memory elsewhere. */
  lock?: SyncLock;
  fetch?: typeof fetch;
  /** Milliseconds one request may take, reading the answer included. */
  timeoutMs?: number;
  batchSize?: number;
  /** How many places of the outbox stored whole wait to leave it together; DROP_EVERY unless given. */
  dropEvery?: number;
  backoff?: Partial<BackoffOptions>;
  random?: () => number;
  now?: () => number;
  /** The wait after a nudge, so the visits of a party and a quick undo go together. */
  afterCheckInMs?: number;
  /** How often to try while visits are pending and nothing else wakes the loop. */
  pendingEveryMs?: number;
  /** The wait before trying again when another tab holds the lock. */
  lockBusyMs?: number;
  /** How often to try while the token is refused, so a server put right is noticed. */
  pausedEveryMs?: number;
  /** How often to ask the server's clock and zone when no answer brought them. */
  clockEveryMs?: number;
  /** Where `online` and `pageshow` fire; `window` in the browser, none in Node. */
  window?: EventSource | null;
  /** Where `visibilitychange` fires; `document` in the browser. */
  document?: (EventSource & Pick<Document, 'visibilityState'>) | null;
  /** The endpoint when none is stored: the app's own origin. */
  defaultEndpoint?: () => string | null;
  /** Reads a `#pair=` link from the address bar at start and on `hashchange`; on in the browser. */
  pairFromAddressBar?: boolean;
  /** The version the tablet reports to its server; the build's own unless given. */
  appVersion?: string;
}

const ONE_MINUTE = 60_000;
const FIFTEEN_MINUTES = 15 * ONE_MINUTE;

type PassEnd = DeliveryEnd | { kind: 'busy' };

const NOT_PAIRED =
  'This tablet is not paired with a server yet; open a pairing link from the coordinator page, or scan its QR code.';

function browserGlobal<T>(get: () => T): T | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

// A pairing link that did not pair, in the receipt's words; the sentence itself is kept beside.
function pairingProblemCode(problem: KeyProblem | undefined): ProblemCode {
  switch (problem) {
    case 'invalid-code':
      return 'pairing-code';
    case 'network':
      return 'network';
    case 'rate-limited':
      return 'rate-limited';
    case 'storage':
      return 'storage';
    default:
      return 'not-paired';
  }
}

/** How long this page trusts what it last kept of the server's clock and zone to be stored. */
const KEPT_LATELY_MS = ONE_MINUTE;

function keptLately<T extends { at: number }>(kept: T | null, now: number): kept is T {
  return kept !== null && now >= kept.at && now - kept.at < KEPT_LATELY_MS;
}

/** Whether two checks find the tablet's clock as far from the server's, within a second. */
function sameOffset(a: ClockCheck, b: ClockCheck): boolean {
  return Math.abs(a.tabletAt - a.serverAt - (b.tabletAt - b.serverAt)) < 1_000;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/**
 * Starts the sync loop of this page and returns the function that stops it (listeners removed, a
 * request in flight aborted; it resolves once the loop is still). A request aborted by a stop marks
 * nothing, and its visits are sent again by the next loop.
 */
export function startSync(options: SyncOptions): () => Promise<void> {
  const { status } = options;
  const wakeups = options.wakeups ?? createSyncHandle();
  const lock = options.lock ?? defaultLock();
  const clock = systemClock(options.now);
  const { now } = clock;
  const backoff: BackoffOptions = { ...DEFAULT_BACKOFF, ...options.backoff };
  const afterCheckInMs = options.afterCheckInMs ?? 2_000;
  const pendingEveryMs = options.pendingEveryMs ?? ONE_MINUTE;
  const lockBusyMs = options.lockBusyMs ?? 5_000;
  const pausedEveryMs = options.pausedEveryMs ?? backoff.capMs;
  const clockEveryMs = options.clockEveryMs ?? FIFTEEN_MINUTES;
  const win = options.window !== undefined ? options.window : browserGlobal(() => window);
  const doc = options.document !== undefined ? options.document : browserGlobal(() => document);
  const pairFromAddressBar = options.pairFromAddressBar ?? win !== null;
  const stopController = new AbortController();
  const { signal } = stopController;

  const schedule = createScheduler({
    clock,
    backoff,
    random: options.random ?? Math.random,
    pass,
    planned: (at) => status.update({ nextAttemptAt: at }),
  });

  function problem(code: ProblemCode, message: string): SyncProblem {
    return { code, message, at: now() };
  }

  // The endpoint answered as the API says: the network and the token are fine.
  function answered(): number {
    const at = now();
    schedule.resetBackoff();
    status.update({ lastSuccessAt: at, lastError: null, pausedWhy: null });
    return at;
  }

  // The last check of the tablet's clock, as this page knows it: from storage at first (another
  // tab's, or before a reload), then from each answer, even when storage could not keep it.
  let lastCheck: ClockCheck | null = null;
  let checkRead = false;
  let heardAt: number | null = null;

  async function readCheck(): Promise<void> {
    if (checkRead) return;
    checkRead = true;
    const stored = await centreClock().catch(() => null);
    if (lastCheck === null && stored?.clock) {
      lastCheck = stored.clock;
      status.update({ clock: lastCheck });
    }
  }

  // What this page last handed to storage of the clock and the zone, and when.
  let keptClock: { check: ClockCheck; at: number } | null = null;
  let keptZone: { zone: string; at: number } | null = null;

  // What an answer said of the server's clock and the centre's zone is kept when it can be; a
  // settings write that fails (a full disk) is left for the next answer and stops nothing. An
  // answer that says again, within a minute, what this page last kept (every batch of a long pass
  // brings both) is not handed to storage again: each would read the stored one only to find it so.
  async function heard(news: ServerNews): Promise<void> {
    const at = now();
    heardAt = at;
    const keeping: Promise<void>[] = [];
    const { clock, timeZone } = news;
    if (clock !== null) {
      lastCheck = clock;
      status.update({ clock });
      if (!keptLately(keptClock, at) || !sameOffset(keptClock.check, clock)) {
        keptClock = { check: clock, at };
        keeping.push(recordClockCheck(clock).catch(() => undefined));
      }
    }
    if (timeZone !== null && (!keptLately(keptZone, at) || keptZone.zone !== timeZone)) {
      keeping.push(
        adoptCentreTimeZone(timeZone).then(
          () => void (keptZone = { zone: timeZone, at }),
          () => undefined,
        ),
      );
    }
    await Promise.all(keeping);
  }

  const clockDue = () => heardAt === null || now() - heardAt >= clockEveryMs;
  const fallbackEndpoint = options.defaultEndpoint ?? (() => defaultEndpoint());

  // The tablet's status, with its own key only; 'revoked' when the server said the key was
  // withdrawn. A report that fails changes nothing: the next pass sends another.
  async function reportStatus(): Promise<'revoked' | null> {
    const settings = await getSyncSettings();
    const endpoint = settings.endpoint ?? fallbackEndpoint();
    const { token, device, revokedAt } = settings;
    if (endpoint === null || token === null || device === null || revokedAt !== null) return null;
    const report = statusReport(
      await outboxWaiting(),
      options.appVersion ?? APP_VERSION,
      now(),
      (await storedDeviceId()) ?? undefined,
    );
    const outcome = await sendStatus({ endpoint, token }, report, {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      signal,
      fetch: options.fetch,
      now,
    });
    if (outcome.kind === 'answered') await heard(outcome.news);
    if (outcome.kind !== 'revoked') return null;
    await markKeyRevoked(token, now()).catch(() => undefined);
    return 'revoked';
  }

  async function deliverLocked(): Promise<PassEnd> {
    try {
      const outcome = await lock.ifAvailable(async () => {
        status.update({ syncing: true });
        try {
          await readCheck();
          const end = await deliverAll({
            batchSize: options.batchSize ?? MAX_BATCH,
            dropEvery: options.dropEvery ?? DROP_EVERY,
            timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            signal,
            fetch: options.fetch,
            now,
            defaultEndpoint: fallbackEndpoint,
            answered,
            heard,
            clockDue,
            serverNow: () => serverNow(now(), lastCheck),
          });
          if (!reportsAfter(end) || signal.aborted) return end;
          const said = await reportStatus().catch(() => null);
          return said === 'revoked' ? ({ kind: 'revoked' } as const) : end;
        } finally {
          status.update({ syncing: false });
        }
      });
      return outcome.ran ? outcome.value : { kind: 'busy' };
    } catch (error) {
      return {
        kind: 'failed',
        code: 'storage',
        message: `The tablet could not read or mark its visits: ${messageOf(error)}`,
        retryAfterMs: null,
      };
    }
  }

  async function pass(): Promise<void> {
    const end = await deliverLocked();
    if (signal.aborted) return;

    let pending = 0;
    let waiting = 0;
    try {
      const state = await outboxState();
      pending = state.pending;
      status.update({
        ...state,
        lastSuccessAt: newerSuccess(state.lastSuccessAt, status.getStatus().lastSuccessAt),
      });
      waiting = await waitingForServerClock();
    } catch {
      // The counts stay as they were; the next pass reports the storage problem if it lasts.
    }

    // Visits refused for lying ahead of the server's clock are looked at again every so often.
    let nextIn: number | null = pending > 0 || waiting > 0 ? pendingEveryMs : null;
    switch (end.kind) {
      case 'done': {
        // Reaching 'done' means a good pairing is stored, perhaps by another tab.
        const was = status.getStatus().pausedWhy?.code;
        status.update({
          lastError: null,
          ...(was === 'not-paired' || was === 'revoked' ? { pausedWhy: null } : {}),
        });
        // The server's clock and zone are asked again now and then, with nothing to send too.
        nextIn = Math.min(nextIn ?? Infinity, clockEveryMs);
        break;
      }
      case 'busy':
        nextIn = lockBusyMs;
        break;
      case 'not-paired':
        status.update({ pausedWhy: problem('not-paired', NOT_PAIRED) });
        break;
      case 'revoked':
        // No timer: trying again cannot help until the tablet is paired again, which wakes the
        // loop. A check-in meanwhile wakes it too, and the pass ends at once without a request.
        if (status.getStatus().pausedWhy?.code !== 'revoked') {
          status.update({ pausedWhy: problem('revoked', REVOKED_MESSAGE), lastError: null });
        }
        nextIn = null;
        break;
      case 'paused': {
        const why = problem(end.code, end.message);
        status.update({ pausedWhy: why, lastError: why });
        schedule.holdOff(pausedEveryMs);
        nextIn = pausedEveryMs;
        break;
      }
      case 'failed':
        nextIn = schedule.failed(end.retryAfterMs);
        status.update({ lastError: problem(end.code, end.message) });
        break;
      case 'stopped':
        return;
    }
    if (nextIn !== null) schedule.at(now() + nextIn);
  }

  function paired(): void {
    schedule.resetBackoff();
    status.update({ pausedWhy: null, pairingFailed: null });
    schedule.wakeIn(0);
  }

  async function pairIfLinked(): Promise<void> {
    if (!pairFromAddressBar) return;
    const result = await pairFromLocation().catch(
      (error: unknown) => ({ status: 'failed', reason: messageOf(error) }) as const,
    );
    if (result.status === 'failed') {
      const code = 'problem' in result ? pairingProblemCode(result.problem) : 'not-paired';
      status.update({ pairingFailed: problem(code, result.reason), pairedByLink: null });
    } else if (result.status === 'paired') {
      // Whoever opened the link sees on the tablet that it worked (ui/PairedNotice.tsx).
      status.update({ pairedByLink: { endpoint: result.pairing.endpoint, at: now() } });
      paired();
    }
  }

  const onWake = (reason: SyncWake) => {
    if (reason === 'paired') paired();
    else schedule.wakeIn(afterCheckInMs);
  };
  const onOnline = () => {
    // The network is back: whatever the last failure was, it is worth trying now.
    schedule.resetBackoff();
    schedule.wakeIn(0);
  };
  const onShown = () => schedule.wakeIn(0);
  const onVisibility = () => {
    if (doc?.visibilityState === 'visible') schedule.wakeIn(0);
  };
  const onHashChange = () => void pairIfLinked();

  const stopWakeups = wakeups.listen(onWake);
  win?.addEventListener('online', onOnline);
  win?.addEventListener('pageshow', onShown);
  if (pairFromAddressBar) win?.addEventListener('hashchange', onHashChange);
  doc?.addEventListener('visibilitychange', onVisibility);
  void pairIfLinked().finally(() => schedule.wakeIn(0));

  return async function stop(): Promise<void> {
    const still = schedule.stop();
    if (!signal.aborted) {
      stopWakeups();
      win?.removeEventListener('online', onOnline);
      win?.removeEventListener('pageshow', onShown);
      win?.removeEventListener('hashchange', onHashChange);
      doc?.removeEventListener('visibilitychange', onVisibility);
      stopController.abort();
      status.update({ syncing: false, nextAttemptAt: null });
    }
    await still;
  };
}
