// What the staff screens know of the centre's clock: the zone its server gave, and the last check of
// the tablet's clock against the server's (stored, or newer from this page's own sync loop when
// storage could not keep it), with the centre's today reckoned from them. Today moves on by itself
// at midnight, as on a tablet left on the staff view overnight.
import { useEffect, useState } from 'preact/hooks';
import { CENTRE_TIME_ZONE, localDate } from '../../../../shared/time';
import { useLiveQuery } from '../../../data/live';
import { centreClock } from '../../../data/syncSettings';
import { useSyncStatus } from '../../../services/useSyncStatus';
import type { ClockCheck } from '../../../sync/clock';
import { centreTime } from '../../../sync/clock';

const CHECK_EVERY_MS = 30_000;

export interface CentreClockView {
  /** The centre's IANA zone, the default until a server has said. */
  timeZone: string;
  clock: ClockCheck | null;
}

function newer(a: ClockCheck | null, b: ClockCheck | null): ClockCheck | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.serverAt > a.serverAt ? b : a;
}

export function useCentreClock(): CentreClockView {
  const stored = useLiveQuery(centreClock, [], null);
  const { clock: heard } = useSyncStatus();
  return {
    timeZone: stored?.timeZone ?? CENTRE_TIME_ZONE,
    clock: newer(stored?.clock ?? null, heard),
  };
}

/** The centre's date at the tablet's clock reading `tabletNow`, as a check-in then would count. */
export function centreToday(tabletNow: number, { timeZone, clock }: CentreClockView): string {
  return localDate(new Date(centreTime(tabletNow, clock).at), timeZone);
}

/** The tablet's clock, read again every half minute. */
export function useTabletNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Today at the centre: the day the next check-in would count for. */
export function useCentreToday(): string {
  const view = useCentreClock();
  return centreToday(useTabletNow(), view);
}
