// The notice staff see when the tablet's clock is wrong: how far off it is beside the server's, or
// that it reads a time that cannot be (a reset or stopped clock), what the tablet does meanwhile and
// what to do. Nothing shows while the clock is right.
import { useId } from 'preact/hooks';
import { useI18n } from '../../../i18n/I18n';
import type { MessageKey } from '../../../i18n/messages/da';
import type { ClockUnit } from './clockDifference';
import { clockDifference, clockProblem } from './clockDifference';
import { useCentreClock, useTabletNow } from './useCentreClock';
import '../StaffNotice.css';

const UNIT_TEXT: Record<ClockUnit, MessageKey> = {
  years: 'staff.clock.years',
  days: 'staff.clock.days',
  hours: 'staff.clock.hours',
  minutes: 'staff.clock.minutes',
};

export function ClockNotice() {
  const { t, staffLang } = useI18n();
  const titleId = useId();
  const { timeZone, clock } = useCentreClock();
  const problem = clockProblem(useTabletNow(), clock);
  if (problem === null) return null;

  let text: string;
  if (problem.kind === 'stopped') {
    const format = (at: number, withTime: boolean) =>
      new Intl.DateTimeFormat(staffLang, {
        timeZone,
        dateStyle: 'long',
        ...(withTime ? { timeStyle: 'short' } : {}),
      }).format(at);
    text = t('staff.clock.stopped', {
      date: format(problem.shows, false),
      when: format(problem.datedAt, true),
    });
  } else {
    const parts = clockDifference(problem.offsetMs).map(({ unit, count }) =>
      t(UNIT_TEXT[unit], { count }),
    );
    const period = new Intl.ListFormat(staffLang, { type: 'conjunction' }).format(parts);
    text = t(problem.kind === 'ahead' ? 'staff.clock.ahead' : 'staff.clock.behind', { period });
  }

  return (
    <section class="staff-notice" aria-labelledby={titleId} role="status">
      <h3 id={titleId} class="staff-notice__title">
        {t('staff.clock.title')}
      </h3>
      <p class="staff-notice__text">{text}</p>
    </section>
  );
}
