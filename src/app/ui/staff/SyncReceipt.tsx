// The sync receipt: what this tablet counted today beside what the server holds from it, what still
// waits, what the server refused and why, when a delivery last succeeded, and why sending is paused
// if it is. The tablet's side always shows; the server's side is asked again after every delivery,
// every minute, and on demand, and when it cannot be had the receipt says so calmly. "Today" is the
// server's: a tablet whose own date is wrong is set beside the server's day, never beside itself.
// The server's rows are found by the tablet's own id, so a rename or a namesake changes nothing.
import { useEffect, useId, useState } from 'preact/hooks';
import type { DaySummary } from '../../../shared/api/summary';
import { getDeviceId } from '../../data/device';
import { useLiveQuery } from '../../data/live';
import { requeueQuarantined } from '../../data/outbox';
import { dayStats } from '../../data/stats';
import { knownSyncDevice, knownSyncDevices } from '../../data/syncSettings';
import { useI18n } from '../../i18n/I18n';
import { useSync } from '../../services/ServicesProvider';
import type { MessageKey } from '../../i18n/messages/da';
import type { ProblemCode } from '../../sync/client';
import type { SyncProblem } from '../../sync/status';
import type { SummaryProblem } from '../../sync/summary';
import type { TabletIdentity } from '../../sync/ownRows';
import { isOwnRow, ownVisits } from '../../sync/ownRows';
import { fetchServerSummary } from '../../sync/summary';
import { useSyncStatus } from '../../services/useSyncStatus';
import { useCentreClock } from './clock/useCentreClock';
import { formatMoment } from './time/when';
import './SyncReceipt.css';

/** How often the server's figures are asked for while the receipt is on screen. */
const SUMMARY_EVERY_MS = 60_000;

const PROBLEM_TEXT: Record<ProblemCode, MessageKey> = {
  network: 'staff.receipt.problem.network',
  timeout: 'staff.receipt.problem.timeout',
  server: 'staff.receipt.problem.server',
  'rate-limited': 'staff.receipt.problem.rateLimited',
  'bad-response': 'staff.receipt.problem.badResponse',
  'in-between': 'staff.receipt.problem.inBetween',
  refused: 'staff.receipt.problem.refused',
  unauthorized: 'staff.receipt.problem.unauthorized',
  forbidden: 'staff.receipt.problem.unauthorized',
  revoked: 'staff.receipt.problem.revoked',
  'not-paired': 'staff.receipt.problem.notPaired',
  'pairing-code': 'staff.receipt.problem.pairingCode',
  storage: 'staff.receipt.problem.storage',
};

const SUMMARY_FAILURE_TEXT: Record<SummaryProblem, MessageKey> = {
  'not-paired': 'staff.receipt.notPaired',
  revoked: 'staff.receipt.revoked',
  unauthorized: 'staff.receipt.refused',
  network: 'staff.receipt.unreachable',
  timeout: 'staff.receipt.unreachable',
  server: 'staff.receipt.unreachable',
  'bad-response': 'staff.receipt.unreachable',
};

type ServerSide =
  | { kind: 'checking' }
  | { kind: 'known'; summary: DaySummary }
  | { kind: 'failed'; problem: SummaryProblem };

interface SyncReceiptProps {
  /** The day shown (YYYY-MM-DD), the tablet's today. */
  day: string;
  /** Visitors' visits this tablet counted that day, voided left out. */
  tabletVisits: number;
}

export function SyncReceipt({ day, tabletVisits }: SyncReceiptProps) {
  const { t, lang } = useI18n();
  const status = useSyncStatus();
  const sync = useSync();
  const titleId = useId();
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const device = useLiveQuery(knownSyncDevice, [], null);
  const keyDevices = useLiveQuery(knownSyncDevices, [], []);
  const { timeZone } = useCentreClock();
  const [server, setServer] = useState<ServerSide>({ kind: 'checking' });
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let current = true;
    getDeviceId().then(
      (id) => current && setDeviceId(id),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  // Asked again when the day changes, after each delivery, when this tablet counts another visit,
  // on demand, and every minute; an answer that comes after a newer question is dropped.
  useEffect(() => {
    const controller = new AbortController();
    const ask = () => {
      fetchServerSummary(undefined, { signal: controller.signal }).then(
        (result) => {
          if (controller.signal.aborted) return;
          setServer(
            result.ok
              ? { kind: 'known', summary: result.summary }
              : { kind: 'failed', problem: result.problem },
          );
        },
        () => undefined,
      );
    };
    ask();
    const timer = setInterval(ask, SUMMARY_EVERY_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [day, status.lastSuccessAt, tabletVisits, asked]);

  const problemText = (problem: SyncProblem) => t(PROBLEM_TEXT[problem.code]);
  const summary = server.kind === 'known' ? server.summary : null;
  const serverDay = summary?.date ?? day;
  // The tablet's own count of the server's day, when that is not the tablet's today.
  const otherDayVisits = useLiveQuery(
    async () => (serverDay === day ? null : (await dayStats(serverDay)).headcount.visits),
    [serverDay, day],
    null,
  );
  const self: TabletIdentity = { name: deviceId, device, keyDevices };
  const serverVisits = summary === null ? 0 : ownVisits(summary, self);
  const tabletCount = serverDay === day ? tabletVisits : (otherDayVisits ?? 0);
  const moment = (at: number | string) => formatMoment(at, lang, serverDay, timeZone);

  const retryRefused = async () => {
    await requeueQuarantined();
    sync.request();
  };

  return (
    <section class="sync-receipt" aria-labelledby={titleId}>
      <h3 id={titleId} class="sync-receipt__title">
        {t('staff.receipt.title')}
      </h3>
      <p class="sync-receipt__compare" aria-live="polite">
        {summary !== null
          ? t('staff.receipt.compare', { tablet: tabletCount, server: serverVisits })
          : t('staff.receipt.tabletOnly', { tablet: tabletVisits })}
      </p>
      {serverDay !== day && (
        <p class="sync-receipt__notice">{t('staff.receipt.otherDay', { date: serverDay })}</p>
      )}
      {server.kind === 'checking' && (
        <p class="sync-receipt__note">{t('staff.receipt.checking')}</p>
      )}
      {server.kind === 'failed' && (
        <p class="sync-receipt__note">{t(SUMMARY_FAILURE_TEXT[server.problem])}</p>
      )}

      <ul class="sync-receipt__facts">
        <li>{t('staff.receipt.pending', { count: status.pending })}</li>
        <li>{t('staff.receipt.quarantined', { count: status.quarantined })}</li>
        <li>
          {status.lastSuccessAt === null
            ? t('staff.receipt.never')
            : t('staff.receipt.lastSuccess', { when: moment(status.lastSuccessAt) })}
        </li>
        {status.syncing && <li>{t('staff.receipt.sending')}</li>}
      </ul>

      {status.pausedWhy !== null ? (
        <p class="sync-receipt__notice">
          {t('staff.receipt.paused', { why: problemText(status.pausedWhy) })}
        </p>
      ) : (
        status.lastError !== null && (
          <p class="sync-receipt__notice">
            {t('staff.receipt.failed', { why: problemText(status.lastError) })}
          </p>
        )
      )}

      {status.pairingFailed !== null && (
        <p class="sync-receipt__notice">
          {t('staff.receipt.pairingFailed', { why: problemText(status.pairingFailed) })}
        </p>
      )}

      {status.quarantinedVisits.length > 0 && (
        <div class="sync-receipt__refused">
          <h4 class="sync-receipt__subtitle">{t('staff.receipt.refusedTitle')}</h4>
          <ul class="sync-receipt__refused-list">
            {status.quarantinedVisits.map((visit) => (
              <li key={visit.id}>
                {t('staff.receipt.refusedVisit', {
                  when: moment(visit.visitedAt),
                  reason: visit.reason,
                })}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void retryRefused()}>
            {t('staff.receipt.retryRefused')}
          </button>
        </div>
      )}

      {summary !== null && (
        <div class="sync-receipt__centre">
          <p>
            {t('staff.receipt.centre', {
              visits: summary.visits,
              volunteers: summary.volunteers,
            })}
          </p>
          {summary.devices.length > 0 && (
            <>
              <h4 class="sync-receipt__subtitle">{t('staff.receipt.devices')}</h4>
              <ul class="sync-receipt__devices">
                {summary.devices.map((row) => (
                  <li key={`${row.deviceId}\u0000${row.device ?? ''}`}>
                    {t('staff.receipt.device', {
                      name: isOwnRow(summary, row, self)
                        ? t('staff.receipt.thisDevice', { name: row.deviceId })
                        : row.deviceId,
                      count: row.visits,
                      when: moment(row.lastSeenAt),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      <div class="sync-receipt__actions">
        {status.pending > 0 && (
          <button type="button" onClick={() => sync.request()}>
            {t('staff.receipt.sendNow')}
          </button>
        )}
        <button type="button" onClick={() => setAsked((n) => n + 1)}>
          {t('staff.receipt.refresh')}
        </button>
      </div>
    </section>
  );
}
